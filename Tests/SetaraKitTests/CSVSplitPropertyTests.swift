import Foundation
import PropertyBased
@testable import SetaraKit
import Testing

/// What reading a CSV text gives: its records, or the message that refuses it.
private enum Reading: Equatable {
    case records([RawRecord])
    case refused(String)

    init(_ text: String, parts: Int) {
        do {
            // With no least size, even a small file is read in `parts` pieces at once.
            self = .records(try SourceReader.csv(Data(text.utf8), name: "t.csv", kind: .seekers, parts: parts,
                                                  minimumSplitBytes: parts == 1 ? Int.max : 0))
        } catch {
            self = .refused(error.message(.en))
        }
    }
}

/// Pieces of CSV text: RFC 4180 quoting, and the lenient forms the reader accepts (a bare quote
/// inside an unquoted cell, a CR alone as a line break, rows shorter than the header, blank
/// rows) or refuses (text after a closing quote, a quote never closed, too many cells).
private let pieces = [
    "a", "Siti", "3273", " ", ",", ",", ",", "\n", "\n", "\r\n", "\r", "\"", "\"\"", "\"\"\"", "Monitor 5\" wide", "x\"y",
    "\"Jl. Merdeka 5,\nRT 02\"", "\"a\"\"b\"", "\"\r\n\"", "\"c,d\"", "é", "Ṣ", ";", "\"unclosed", "\"q\"z", "\u{FEFF}",
]

/// A cell's text for documents that are well-formed: any of these, in any order.
private let cellPieces = ["a", "B", "0", " ", ",", "\"", "\n", "\r", "\r\n", ";", "é", "Monitor 5\" wide", "x\"y"]

/// `cell` as a CSV field: quoted when it must be (a delimiter, quote or line break in it, or a
/// quote first) or when `quoteAll`, with quotes doubled.
private func field(_ cell: String, quoteAll: Bool) -> String {
    let needs = cell.contains(where: { $0 == "," || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) || cell.hasPrefix("\"")
    guard needs || quoteAll else { return cell }
    return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

/// Line breaks before `offset`, counted as the reader counts lines: LF, CRLF, or a CR alone.
private func lineBreaks(_ bytes: [UInt8], before offset: Int) -> Int {
    var count = 0
    for index in 0..<offset {
        if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) { count += 1 }
    }
    return count
}

@Suite("The CSV reader gives the same records read whole or in pieces (issue 9, case 4)")
struct CSVSplitPropertyTests {
    static let header = "nik,name,regency,education,address,skills\n"

    @Test("Any text, well-formed or not, reads the same in 1 piece as in 2, 3, 5 or 8 pieces")
    func anyText() async {
        let document = Gen<String?>.element(of: pieces).array(of: 0...400).map { Self.header + $0.compactMap { $0 }.joined() }
        await propertyCheck(count: 400, input: document) { text in
            let whole = Reading(text, parts: 1)
            for parts in [2, 3, 5, 8] {
                #expect(Reading(text, parts: parts) == whole, "parts: \(parts)")
            }
        }
    }

    @Test("A well-formed file gives back every cell, with the line each row starts on, whole or in pieces")
    func wellFormed() async {
        let cell = Gen<String?>.element(of: cellPieces).array(of: 0...3).map { $0.compactMap { $0 }.joined() }
        let rows = cell.array(of: 6).array(of: 1...60)
        let input = zip(rows, Gen<String?>.element(of: ["\n", "\r\n", "\r"]), Gen.bool, Gen.bool)
        await propertyCheck(count: 300, input: input) { rows, lineBreak, quoteAll, finalBreak in
            let lineBreak = lineBreak ?? "\n"
            var text = Self.header
            var starts: [Int] = []
            for (index, row) in rows.enumerated() {
                starts.append(text.utf8.count)
                text += row.map { field($0, quoteAll: quoteAll) }.joined(separator: ",")
                if index < rows.count - 1 || finalBreak { text += lineBreak }
            }
            let bytes = Array(text.utf8)
            // Rows whose cells are all blank are passed over, as the reader documents.
            let expected = zip(rows, starts).filter { row, _ in !row.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
            let whole = Reading(text, parts: 1)
            guard case .records(let records) = whole else {
                Issue.record("refused: \(whole)")
                return
            }
            #expect(records.count == expected.count)
            for (record, (row, start)) in zip(records, expected) {
                #expect(record.location.line == 1 + lineBreaks(bytes, before: start))
                guard case .row(let read) = record.value else { Issue.record("not a row"); continue }
                #expect(read.cells == row.map { $0.isEmpty ? nil : $0 })
            }
            for parts in [2, 4, 7] {
                #expect(Reading(text, parts: parts) == whole, "parts: \(parts)")
            }
        }
    }
}
