import Foundation
import SetaraDomain

/// The referral letter (surat pengantar) as a PDF: the same words as the HTML page
/// (`ReferralLetterHTML.words`), Indonesian on the first page, English from the next.
public enum ReferralLetterPDF {
    public static func render(_ c: ReferralLetterHTML.Content) -> [UInt8] {
        var pdf = PDFText(title: "Surat Pengantar \(c.reference) / Referral letter", language: "id",
                          footer: "\(c.reference) - halaman {page} dari {pages} / page {page} of {pages}")
        for (index, language) in [Language.id, .en].enumerated() {
            if index > 0 { pdf.pageBreak() }
            let w = ReferralLetterHTML.words(c, language)
            pdf.add(w.title, style: .title)
            for (label, value) in w.rows {
                pdf.add(label, style: .heading, spaceBefore: 8)
                pdf.add(value, indent: 12, spaceBefore: 0)
            }
            pdf.add(w.request, spaceBefore: 14)
            pdf.add(w.needsLead, spaceBefore: 10)
            for need in w.needs { pdf.add("- " + need, indent: 12, spaceBefore: 2) }
            pdf.add(w.law, style: .small, spaceBefore: 10)
            pdf.add("\(w.officer.0): \(w.officer.1)", spaceBefore: 14)
        }
        return pdf.render()
    }
}
