import Foundation
import SetaraDomain

/// The outcomes report's indicators in the order people read them, with their names in both
/// languages: one list for the text, CSV, JSON, HTML and spoken forms.
public struct OutcomeIndicator: Sendable {
    public var key: String
    public var label: LocalizedText
    public var value: @Sendable (OutcomeFigures) -> Double?
    /// A share (0 to 1), shown as a percentage.
    public var isShare = false
    /// A count or amount worth saying aloud in the spoken summary when it changed.
    public var spoken = true

    public static let all: [OutcomeIndicator] = [
        .init(key: "registered", label: .init(id: "Pencari kerja terdaftar", en: "Seekers registered"), value: { Double($0.registered) }),
        .init(key: "served", label: .init(id: "Pencari kerja dilayani", en: "Seekers served"), value: { Double($0.served) }),
        .init(key: "caseload", label: .init(id: "Beban kasus aktif di akhir periode", en: "Active caseload at the period's end"),
              value: { Double($0.caseload) }),
        .init(key: "referrals", label: .init(id: "Rujukan", en: "Referrals"), value: { Double($0.referrals) }),
        .init(key: "interviews", label: .init(id: "Wawancara", en: "Interviews"), value: { Double($0.interviews) }),
        .init(key: "hires", label: .init(id: "Diterima bekerja", en: "Hires"), value: { Double($0.hires) }),
        .init(key: "placements", label: .init(id: "Penempatan", en: "Placements"), value: { Double($0.placements) }),
        .init(key: "placement_rate", label: .init(id: "Tingkat penempatan (ditempatkan di antara yang dilayani)",
                                                  en: "Placement rate (placed among those served)"),
              value: { $0.placementRate }, isShare: true),
        .init(key: "referral_to_hire_rate", label: .init(id: "Rujukan yang berakhir diterima bekerja", en: "Referrals ending in a hire"),
              value: { $0.referralToHireRate }, isShare: true),
        .init(key: "median_days_to_placement", label: .init(id: "Median hari dari pendaftaran sampai mulai bekerja",
                                                            en: "Median days from registration to starting work"),
              value: { $0.medianDaysToPlacement }),
        .init(key: "placed_within_6_months", label: .init(id: "Ditempatkan dalam 6 bulan sejak mendaftar", en: "Placed within 6 months of registering"),
              value: { $0.placedWithin6Months }, isShare: true),
        .init(key: "placed_within_12_months", label: .init(id: "Ditempatkan dalam 12 bulan sejak mendaftar", en: "Placed within 12 months of registering"),
              value: { $0.placedWithin12Months }, isShare: true),
        .init(key: "retained_3_months", label: .init(id: "Masih bekerja pada tindak lanjut 3 bulan", en: "Still working at the 3-month follow-up"),
              value: { $0.retained[3] ?? nil }, isShare: true),
        .init(key: "retained_6_months", label: .init(id: "Masih bekerja pada tindak lanjut 6 bulan", en: "Still working at the 6-month follow-up"),
              value: { $0.retained[6] ?? nil }, isShare: true),
        .init(key: "retained_12_months", label: .init(id: "Masih bekerja pada tindak lanjut 12 bulan", en: "Still working at the 12-month follow-up"),
              value: { $0.retained[12] ?? nil }, isShare: true),
        .init(key: "same_employer_12_months", label: .init(id: "Di pemberi kerja yang sama pada 12 bulan", en: "With the same employer at 12 months"),
              value: { $0.retainedSameEmployer[12] ?? nil }, isShare: true),
        .init(key: "median_wage_at_placement", label: .init(id: "Median upah saat penempatan (Rp)", en: "Median wage at placement (Rp)"),
              value: { $0.medianWageAtPlacement.map(Double.init) }),
        .init(key: "median_wage_at_6_months", label: .init(id: "Median upah pada 6 bulan (Rp)", en: "Median wage at 6 months (Rp)"),
              value: { $0.medianWageAt6Months.map(Double.init) }),
        .init(key: "employers_served", label: .init(id: "Pemberi kerja dilayani", en: "Employers served"), value: { Double($0.employersServed) }),
        .init(key: "repeat_employers", label: .init(id: "Pemberi kerja yang kembali menerima", en: "Repeat employers"),
              value: { Double($0.repeatEmployers) }),
        .init(key: "visits", label: .init(id: "Kunjungan ke pemberi kerja", en: "Employer visits"), value: { Double($0.visits) }),
        .init(key: "vacancies_obtained", label: .init(id: "Lowongan diperoleh dari kunjungan", en: "Vacancies obtained on visits"),
              value: { Double($0.vacanciesObtained) }),
        .init(key: "vacancies_filled", label: .init(id: "Lowongan terisi", en: "Vacancies filled"), value: { Double($0.vacanciesFilled) }),
    ]

    /// The value for people: a share as a whole percentage, a count as a whole number; "no data" when nil.
    public func show(_ figures: OutcomeFigures, _ language: Language) -> String {
        Self.show(value(figures), isShare: isShare, language)
    }

    public static func show(_ value: Double?, isShare: Bool, _ language: Language) -> String {
        guard let value else { return language == .id ? "tidak ada data" : "no data" }
        if isShare { return "\(Int((value * 100).rounded()))" + (language == .id ? " persen" : " percent") }
        guard value == value.rounded() else { return String(format: "%.1f", value) }
        // Amounts (wages) in groups of three, as each language writes them: 4.375.000, 4,375,000.
        let whole = Int(value)
        guard abs(whole) >= 10_000 else { return String(whole) }
        var digits = String(abs(whole)), groups: [String] = []
        while digits.count > 3 { groups.insert(String(digits.suffix(3)), at: 0); digits.removeLast(3) }
        groups.insert(digits, at: 0)
        return (whole < 0 ? "-" : "") + groups.joined(separator: language == .id ? "." : ",")
    }
}

extension OutcomeReport {
    /// The figures that changed most since the period before, in sentences to be heard: the
    /// shares by percentage points, counts by their relative change; at most `count`, largest first.
    public func spokenSummary(_ language: Language, count: Int = 4, place: String) -> [String] {
        let id = language == .id
        var changes: [(weight: Double, sentence: String)] = []
        for indicator in OutcomeIndicator.all {
            guard let now = indicator.value(current), let then = indicator.value(before), now != then else { continue }
            let name = indicator.label.text(language)
            let weight = indicator.isShare ? abs(now - then) * 2 : abs(now - then) / max(abs(then), 1)
            let direction = now > then ? (id ? "naik" : "rose") : (id ? "turun" : "fell")
            let from = OutcomeIndicator.show(then, isShare: indicator.isShare, language)
            let to = OutcomeIndicator.show(now, isShare: indicator.isShare, language)
            changes.append((weight, id ? "\(name) \(direction) dari \(from) menjadi \(to)." : "\(name) \(direction) from \(from) to \(to)."))
        }
        let opening = id
            ? "Hasil layanan \(place), \(period.from) sampai \(period.to), dibanding periode sebelumnya. Penempatan: \(current.placements)."
            : "Outcomes for \(place), \(period.from) to \(period.to), compared with the period before. Placements: \(current.placements)."
        let top = changes.sorted { $0.weight > $1.weight }.prefix(count).map(\.sentence)
        return [opening] + (top.isEmpty ? [id ? "Tidak ada angka yang berubah." : "No figure changed."] : Array(top))
    }
}
