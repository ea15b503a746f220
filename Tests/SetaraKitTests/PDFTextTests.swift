import Foundation
import SetaraDomain
@testable import SetaraKit
import Testing

/// Reads a PDF as a reader would start to: the trailer's startxref, the cross-reference table,
/// and each object where the table says it is.
private struct ReadPDF {
    var bytes: [UInt8]
    var text: String { String(decoding: bytes, as: UTF8.self) }
    /// Object number to its text, found through the xref table.
    var objects: [Int: String] = [:]

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        let whole = String(decoding: bytes, as: UTF8.self)
        #expect(whole.hasPrefix("%PDF-1.4\n"))
        #expect(whole.hasSuffix("%%EOF\n"))
        let tail = try #require(whole.range(of: "startxref\n", options: .backwards))
        let xrefOffset = try #require(Int(whole[tail.upperBound...].prefix { $0.isNumber }))
        let atXref = String(decoding: bytes[xrefOffset...], as: UTF8.self)
        #expect(atXref.hasPrefix("xref\n0 "), "startxref points at the table")
        let lines = atXref.split(separator: "\n")
        let count = try #require(Int(lines[1].split(separator: " ")[1]))
        for number in 1..<count {
            let entry = lines[2 + number]
            #expect(entry.count == 19 && entry.hasSuffix(" 00000 n "), "each entry is 20 bytes with its end of line: \(entry)")
            let offset = try #require(Int(entry.prefix(10)))
            let object = String(decoding: bytes[offset...], as: UTF8.self)
            #expect(object.hasPrefix("\(number) 0 obj\n"), "object \(number) is where the table says")
            objects[number] = String(object[..<(object.range(of: "endobj")?.lowerBound ?? object.endIndex)])
        }
        #expect(atXref.contains("trailer\n<< /Size \(count) /Root 1 0 R"))
    }

    /// Each content stream's length is what its dictionary says.
    func checkStreams() throws {
        for (_, object) in objects where object.contains("stream\n") {
            let length = try #require(Int(object.components(separatedBy: "/Length ")[1].prefix { $0.isNumber }))
            let start = try #require(object.range(of: ">>\nstream\n")), end = try #require(object.range(of: "\nendstream", options: .backwards))
            #expect(object[start.upperBound..<end.lowerBound].utf8.count == length, "stream length")
        }
    }

    var pageCount: Int { objects.values.filter { $0.contains("/Type /Page ") }.count }
}

@Suite("PDF text writer")
struct PDFTextTests {
    @Test("a valid file: header, objects where the xref says, stream lengths, fonts, the title and the language")
    func structure() throws {
        var pdf = PDFText(title: "Surat Pengantar RJ-20261130-0001", language: "id", footer: "halaman {page} dari {pages}")
        pdf.add("Surat Pengantar Kerja", style: .title)
        pdf.add("Nomor: RJ-20261130-0001")
        let read = try ReadPDF(pdf.render())
        try read.checkStreams()
        #expect(read.pageCount == 1)
        #expect(read.objects[3]?.contains("/BaseFont /Helvetica /Encoding /WinAnsiEncoding") == true)
        #expect(read.objects[4]?.contains("/BaseFont /Helvetica-Bold") == true)
        #expect(read.objects[1]?.contains("/Lang <FEFF00690064>") == true)
        #expect(read.text.contains("(Nomor: RJ-20261130-0001) Tj"))
        #expect(read.text.contains("(halaman 1 dari 1) Tj"))
    }

    @Test("text in WinAnsiEncoding: parentheses and backslashes escaped, accents and dashes as their codes, the rest as ?")
    func encoding() throws {
        #expect(PDFText.winAnsi("José – 100€") == Array("Jos".utf8) + [0xE9, 0x20, 0x96, 0x20] + Array("100".utf8) + [0x80])
        #expect(PDFText.winAnsi("東京\tx") == Array("?? x".utf8))
        #expect(String(decoding: PDFText.literal(PDFText.winAnsi("a(b)\\c é")), as: UTF8.self) == "(a\\(b\\)\\\\c \\351)")
    }

    @Test("long paragraphs wrap inside the margins and flow onto as many pages as they need, numbered")
    func wrapping() throws {
        var pdf = PDFText(title: "t", language: "en", footer: "page {page} of {pages}")
        let sentence = "Reasonable accommodation in recruitment and placement, Law 8/2016 Art. 47 and 48. "
        for _ in 0..<60 { pdf.add(String(repeating: sentence, count: 3)) }
        pdf.add(String(repeating: "W", count: 200))
        let pages = pdf.layout()
        #expect(pages.count > 2)
        let width = PDFText.pageWidth - 2 * PDFText.margin
        for line in pages.flatMap({ $0 }) {
            #expect(PDFText.measure(line.text, line.style) <= width + 0.001)
            #expect(line.y >= PDFText.margin && line.y <= PDFText.pageHeight - PDFText.margin)
        }
        #expect(pages.flatMap { $0 }.filter { $0.text.allSatisfy { $0 == UInt8(ascii: "W") } }.count > 1, "a word wider than the line is cut")
        // Nothing is lost: the words of every line, joined, are the paragraphs' words.
        let words = pages.flatMap { $0 }.flatMap { $0.text.split(separator: 0x20) }.count
        #expect(words >= 60 * 3 * sentence.split(separator: " ").count)
        let read = try ReadPDF(pdf.render())
        try read.checkStreams()
        #expect(read.pageCount == pages.count)
        #expect(read.text.contains("(page \(pages.count) of \(pages.count)) Tj"))
    }

    @Test("the referral letter as PDF: both languages, the reference on every page, needs only with consent")
    func letter() throws {
        let content = ReferralLetterHTML.Content(
            reference: "RJ-20261130-0001", date: Day(year: 2026, month: 11, day: 30)!, officeName: "Disnaker Kota Yogyakarta",
            officeRegency: "3471", officer: "Rina Wulandari", seekerName: "Dewi Lestari", seekerID: "S000001", jobTitle: "Admin gudang",
            kbji: "4321", vacancyID: "V000001", employerName: "PT Sinar Mitra Logistik", workplace: "Gudang Sleman", consentToShare: true,
            needs: [.screenReaderSystems], interviewOn: Day(year: 2026, month: 12, day: 5), interviewPlace: "Gudang Sleman",
            interviewAccommodations: ["juru bahasa isyarat"])
        let read = try ReadPDF(ReferralLetterPDF.render(content))
        try read.checkStreams()
        #expect(read.pageCount == 2, "Indonesian, then English on its own page")
        #expect(read.text.contains("(Surat Pengantar Kerja) Tj") && read.text.contains("(Referral letter) Tj"))
        #expect(read.text.contains("(RJ-20261130-0001) Tj"))
        #expect(read.text.components(separatedBy: "(RJ-20261130-0001 - halaman").count == 3, "the reference at the foot of both pages")
        #expect(read.text.contains(Need.screenReaderSystems.label(.en)))
        var withheld = content
        withheld.consentToShare = false
        let private_ = String(decoding: ReferralLetterPDF.render(withheld), as: UTF8.self)
        #expect(!private_.contains(Need.screenReaderSystems.label(.en)) && private_.contains("did not agree to list their accommodation needs"))
    }
}
