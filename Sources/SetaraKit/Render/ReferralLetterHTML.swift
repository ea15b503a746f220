import Foundation
import SetaraDomain

/// The referral letter (surat pengantar) as one printable, accessible HTML page: Indonesian
/// first, then English, each a section with its own `lang` so that a screen reader switches voice.
public enum ReferralLetterHTML {
    public struct Content: Sendable {
        public var reference: String
        public var date: Day
        public var officeName: String
        public var officeRegency: String?
        public var officer: String
        public var seekerName: String
        public var seekerID: String
        public var jobTitle: String
        public var kbji: String
        public var vacancyID: String
        public var employerName: String
        public var workplace: String
        public var consentToShare: Bool
        public var needs: [Need]
        public var interviewOn: Day?
        public var interviewPlace: String?
        public var interviewAccommodations: [String]

        public init(reference: String, date: Day, officeName: String, officeRegency: String?, officer: String, seekerName: String,
                    seekerID: String, jobTitle: String, kbji: String, vacancyID: String, employerName: String, workplace: String,
                    consentToShare: Bool, needs: [Need], interviewOn: Day?, interviewPlace: String?, interviewAccommodations: [String]) {
            self.reference = reference
            self.date = date
            self.officeName = officeName
            self.officeRegency = officeRegency
            self.officer = officer
            self.seekerName = seekerName
            self.seekerID = seekerID
            self.jobTitle = jobTitle
            self.kbji = kbji
            self.vacancyID = vacancyID
            self.employerName = employerName
            self.workplace = workplace
            self.consentToShare = consentToShare
            self.needs = needs
            self.interviewOn = interviewOn
            self.interviewPlace = interviewPlace
            self.interviewAccommodations = interviewAccommodations
        }
    }

    public static func render(_ c: Content) -> String {
        """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8">
        <title>Surat Pengantar \(e(c.reference)) / Referral letter</title>
        <style>body{font-family:sans-serif;max-width:40em;margin:2em auto;line-height:1.5}section+section{border-top:1px solid #000;margin-top:2em;padding-top:1em}@media print{section+section{page-break-before:always;border:0}}</style>
        </head>
        <body>
        \(section(c, .id))
        \(section(c, .en))
        </body>
        </html>

        """
    }

    /// What the letter says in one language, shared by the HTML page and the PDF.
    public struct Words: Sendable {
        public var title: String
        public var rows: [(String, String)]
        public var request: String
        /// Why no needs are listed, or the sentence that leads the list.
        public var needsLead: String
        public var needs: [String]
        public var law: String
        public var officer: (String, String)
    }

    public static func words(_ c: Content, _ l: Language) -> Words {
        func t(_ id: String, _ en: String) -> String { l == .id ? id : en }
        var rows: [(String, String)] = [
            (t("Nomor", "Reference"), c.reference),
            (t("Tanggal", "Date"), c.date.description),
            (t("Dari", "From"), c.officeName),
            (t("Kepada", "To"), c.employerName + ", " + c.workplace),
            (t("Pencari kerja", "Job seeker"), "\(c.seekerName) (\(c.seekerID))"),
            (t("Lowongan", "Vacancy"), "\(c.jobTitle), KBJI \(c.kbji) (\(c.vacancyID))"),
        ]
        if let day = c.interviewOn {
            rows.append((t("Wawancara", "Interview"), day.description + (c.interviewPlace.map { ", \($0)" } ?? "")))
            if !c.interviewAccommodations.isEmpty {
                rows.append((t("Disiapkan untuk wawancara", "To arrange for the interview"), c.interviewAccommodations.joined(separator: ", ")))
            }
        }
        let lead: String
        if !c.consentToShare {
            lead = t("Pencari kerja tidak menyetujui kebutuhan akomodasinya dicantumkan; petugas dapat menjelaskan bila diminta pencari kerja.",
                     "The seeker did not agree to list their accommodation needs; the officer can explain if the seeker asks.")
        } else if c.needs.isEmpty {
            lead = t("Tidak ada kebutuhan akomodasi yang dicatat.", "No accommodation needs are recorded.")
        } else {
            lead = t("Dengan persetujuan pencari kerja, kebutuhan akomodasinya:", "With the seeker's consent, their accommodation needs:")
        }
        return Words(
            title: t("Surat Pengantar Kerja", "Referral letter"), rows: rows,
            request: t("Dengan hormat, kami mengantar pencari kerja tersebut untuk lowongan di atas. Mohon kabari kami hasilnya dengan menyebut nomor surat ini.",
                       "We refer the job seeker named above for the vacancy above. Please let us know the outcome, quoting this letter's reference."),
            needsLead: lead, needs: c.consentToShare ? c.needs.map { $0.label(l) } : [],
            law: t("Penyediaan akomodasi yang layak: UU 8/2016 Pasal 47 (rekrutmen) dan Pasal 48 (penempatan).",
                   "Reasonable accommodation: Law 8/2016 Art. 47 (recruitment) and Art. 48 (placement)."),
            officer: (t("Petugas", "Officer"), c.officer))
    }

    static func section(_ c: Content, _ l: Language) -> String {
        let w = words(c, l)
        var needs = "<p>\(e(w.needsLead))</p>"
        if !w.needs.isEmpty { needs += "\n<ul>\n" + w.needs.map { "<li>\(e($0))</li>" }.joined(separator: "\n") + "\n</ul>" }
        return """
        <section lang="\(l.rawValue)">
        <h1>\(e(w.title))</h1>
        <dl>
        \(w.rows.map { "<dt>\(e($0.0))</dt><dd>\(e($0.1))</dd>" }.joined(separator: "\n"))
        </dl>
        <p>\(e(w.request))</p>
        \(needs)
        <p>\(e(w.law))</p>
        <p>\(e(w.officer.0)): \(e(w.officer.1))</p>
        </section>
        """
    }

    static func e(_ text: String) -> String { HTMLText.escape(text) }
}
