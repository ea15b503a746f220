import Foundation
import SetaraCatalog
import SetaraDomain

/// Plain text for screens, screen readers and braille displays: one labelled fact per line,
/// no tables, no colour, no symbols that a speech synthesiser drops.
public struct TextRender: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    private func t(_ id: String, _ en: String) -> String { language == .id ? id : en }

    public func rupiah(_ amount: Int) -> String {
        var digits = String(amount)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return "Rp " + groups.joined(separator: ".")
    }

    public func region(_ regencyCode: String) -> String {
        let province = Regions.province(code: String(regencyCode.prefix(2)))?.name
        if let regency = Regions.regency(code: regencyCode) {
            return "\(regency.name) (\(regencyCode)), \(province ?? "")"
        }
        return province.map { "\(regencyCode), \($0)" } ?? regencyCode
    }

    /// The regency's name, or its code when the regions table does not have it.
    public func placeName(_ regencyCode: String) -> String {
        Regions.regency(code: regencyCode)?.name ?? regencyCode
    }

    /// The lines as the screen shows them: text from records is one line each, with control
    /// characters written out visibly (`\u{1B}`), so that no value can ring, move the cursor or
    /// forge a line of its own (a name holding ESC, BEL or a line break).
    func shown(_ lines: [String]) -> String {
        lines.map(\.forDisplay).joined(separator: "\n")
    }

    func yesNo(_ flag: Bool) -> String { flag ? t("ya", "yes") : t("tidak", "no") }
    func list(_ items: [String]) -> String { items.isEmpty ? t("tidak ada", "none") : items.joined(separator: ", ") }

    public func seeker(_ s: Seeker, category: DisabilityCategory?) -> String {
        var lines = [t("Pencari kerja \(s.id)", "Seeker \(s.id)")]
        lines.append(t("Nama: ", "Name: ") + s.name)
        lines.append("NIK: " + s.nik)
        if let birth = s.birthDate { lines.append(t("Tanggal lahir: ", "Birth date: ") + birth.description) }
        if let sex = s.sex { lines.append(t("Jenis kelamin: ", "Sex: ") + sex.label(language)) }
        if let phone = s.phone { lines.append(t("Telepon: ", "Phone: ") + phone) }
        if let email = s.email { lines.append(t("Surel: ", "E-mail: ") + email) }
        lines.append(t("Wilayah: ", "Region: ") + region(s.regencyCode))
        if let address = s.address { lines.append(t("Alamat: ", "Address: ") + address) }
        lines.append(t("Pendidikan: ", "Education: ") + s.education.label(language))
        lines.append(t("Keterampilan: ", "Skills: ") + list(s.skills))
        lines.append(t("Jabatan yang diminati (KBJI): ", "Preferred occupations (KBJI): ") + (s.preferredOccupations.isEmpty ? list([]) : s.preferredOccupations.map(occupation).joined(separator: "; ")))
        // The languages are recorded as people type them; the codes Setara itself writes ("id", "en") get their names.
        lines.append(t("Bahasa: ", "Languages: ") + list(s.languages.map { Language(rawValue: $0)?.name(language) ?? $0 }))
        var hours = s.maxHoursPerWeek.map { t("paling lama \($0) jam seminggu", "at most \($0) hours a week") } ?? t("tidak dibatasi", "no limit")
        hours += t("; sif malam: ", "; night shifts: ") + yesNo(s.nightShiftOK) + t("; ingin kerja jarak jauh: ", "; wants remote work: ") + yesNo(s.wantsRemote)
        lines.append(t("Jam kerja: ", "Working time: ") + hours)
        if let wage = s.wageExpectation { lines.append(t("Harapan upah: ", "Wage expectation: ") + rupiah(wage) + t(" per bulan", " a month")) }
        if s.profile.isEmpty {
            lines.append(t("Profil fungsional: tidak ada keterbatasan yang dicatat", "Functional profile: no limitation recorded"))
        } else {
            lines.append(t("Profil fungsional (kemampuan pada skala yang sama dengan tuntutan pekerjaan):",
                           "Functional profile (capacity, on the same scale as job demands):"))
            for (dimension, r) in s.profile.sorted(by: { $0.key < $1.key }) {
                let top = dimension.scale.upperBound
                var line = "  " + dimension.label(language) + ": "
                line += t("\(r.withoutAids) dari \(top) tanpa alat bantu, \(r.withAids) dari \(top) dengan alat bantu",
                          "\(r.withoutAids) of \(top) without aids, \(r.withAids) of \(top) with aids")
                line += "; " + r.source.label(language)
                if let date = r.assessedOn { line += ", " + date.description }
                lines.append(line)
            }
        }
        lines.append(t("Kebutuhan akomodasi: ", "Accommodation needs: ") + list(s.needs.map { $0.label(language) }))
        if !s.safetyRestrictions.isEmpty {
            lines.append(t("Tidak boleh melakukan: ", "Must not do: ") + list(s.safetyRestrictions.map { $0.label(language) }))
        }
        if s.consent.given {
            var consent = t("Persetujuan data disabilitas: diberikan", "Consent to disability data: given")
            if let date = s.consent.recordedOn { consent += t(" pada ", " on ") + date.description }
            if let by = s.consent.recordedBy { consent += t(", dicatat oleh ", ", recorded by ") + by }
            lines.append(consent)
        } else {
            lines.append(t("Persetujuan data disabilitas: belum diberikan", "Consent to disability data: not given"))
        }
        if let category {
            lines.append(t("Ragam disabilitas (UU 8/2016, hanya untuk kuota dan statistik): ",
                           "Disability category (Law 8/2016, for quota and statistics only): ") + category.label(language))
        }
        lines.append(t("Terdaftar: ", "Registered: ") + s.registeredOn.description
                     + t("; kartu AK/1 berlaku sampai ", "; AK/1 card valid until ") + s.cardValidUntil.description)
        lines.append(t("Status: ", "Status: ") + statusLabel(s.status))
        return shown(lines)
    }

    func statusLabel(_ status: SeekerStatus) -> String {
        status.label(language)
    }

    public func seekerLine(_ s: Seeker) -> String {
        let place = placeName(s.regencyCode)
        let needs = s.needs.isEmpty ? t("tanpa kebutuhan akomodasi", "no accommodation needs")
            : t("\(s.needs.count) kebutuhan akomodasi", englishCount(s.needs.count, "accommodation need"))
        return "\(s.id): \(s.name); \(place); \(s.education.label(language)); \(needs); \(statusLabel(s.status))".forDisplay
    }

    public func employer(_ e: Employer, workplaces: [Workplace]) -> String {
        var lines = [t("Pemberi kerja \(e.id)", "Employer \(e.id)")]
        lines.append(t("Nama: ", "Name: ") + e.name)
        lines.append(t("Kepemilikan: ", "Ownership: ") + e.ownership.label(language))
        if let sector = e.sector { lines.append(t("Sektor: ", "Sector: ") + sector) }
        lines.append(t("Jumlah pekerja: ", "Headcount: ") + String(e.headcount))
        lines.append(t("Pekerja penyandang disabilitas: \(e.employeesWithDisabilities); kuota \(Int(e.ownership.quotaPercent)) persen berarti paling sedikit \(e.quotaRequired)",
                       "Workers with disabilities: \(e.employeesWithDisabilities); the \(Int(e.ownership.quotaPercent)) percent quota means at least \(e.quotaRequired)"))
        // The breakdown a quota rule may weigh (Japan's: short hours as half, a severe disability twice).
        lines.append(t("Pekerja paruh waktu (20 sampai 30 jam seminggu): \(e.shortTimeWorkers)",
                       "Short-time workers (20 to 30 hours a week): \(e.shortTimeWorkers)"))
        lines.append(t("Di antara pekerja penyandang disabilitas: paruh waktu \(e.shortTimeWithDisabilities); disabilitas berat \(e.withSevereDisabilities), di antaranya paruh waktu \(e.shortTimeWithSevereDisabilities)",
                       "Among the workers with disabilities: short-time \(e.shortTimeWithDisabilities); with a severe disability \(e.withSevereDisabilities), of whom short-time \(e.shortTimeWithSevereDisabilities)"))
        if let phone = e.phone { lines.append(t("Telepon: ", "Phone: ") + phone) }
        if let email = e.email { lines.append(t("Surel: ", "E-mail: ") + email) }
        lines.append(t("Wilayah: ", "Region: ") + region(e.regencyCode))
        lines.append(t("Tempat kerja: ", "Workplaces: ") + list(workplaces.map { "\($0.id) \($0.name)" }))
        return shown(lines)
    }

    public func employerLine(_ e: Employer) -> String {
        let place = placeName(e.regencyCode)
        return ("\(e.id): \(e.name); \(e.ownership.label(language)); " + t("\(e.headcount) pekerja", englishCount(e.headcount, "worker")) + "; \(place)").forDisplay
    }

    public func workplace(_ w: Workplace, employer: Employer?, catalog: Catalog?) -> String {
        var lines = [t("Tempat kerja \(w.id)", "Workplace \(w.id)")]
        lines.append(t("Nama: ", "Name: ") + w.name)
        lines.append(t("Pemberi kerja: ", "Employer: ") + w.employerID + (employer.map { " " + $0.name } ?? ""))
        if let address = w.address { lines.append(t("Alamat: ", "Address: ") + address) }
        lines.append(t("Wilayah: ", "Region: ") + region(w.regencyCode))
        lines.append(t("Fitur aksesibilitas: ", "Accessibility features: ") + list(w.features.map { $0.label(language) }))
        let names = w.accommodations.map { id in catalog?[id].map { "\($0.name.text(language)) (\(id))" } ?? id }
        lines.append(t("Akomodasi yang disediakan: ", "Accommodations provided: ") + list(names))
        return shown(lines)
    }

    /// A KBJI code with its title ("4132 Petugas Entri Data"); a code stored before codes were
    /// checked against KBJI 2014 is shown with its major group.
    public func occupation(_ code: String) -> String {
        if let entry = KBJI.entry(code: code) { return entry.displayCode + " " + entry.title }
        return code + (KBJI.majorGroup(of: code).map { " (" + $0.name.text(language) + ")" } ?? "")
    }

    public func workplaceLine(_ w: Workplace) -> String {
        let place = placeName(w.regencyCode)
        return ("\(w.id): \(w.name); " + t("pemberi kerja ", "employer ") + w.employerID + "; \(place); "
            + t("\(w.features.count) fitur, \(w.accommodations.count) akomodasi",
                englishCount(w.features.count, "feature") + ", " + englishCount(w.accommodations.count, "accommodation"))).forDisplay
    }

    public func vacancy(_ v: Vacancy, workplace: Workplace?) -> String {
        var lines = [t("Lowongan \(v.id)", "Vacancy \(v.id)")]
        lines.append(t("Posisi: ", "Position: ") + v.title)
        lines.append("KBJI: " + occupation(v.kbji))
        lines.append(t("Tempat kerja: ", "Workplace: ") + v.workplaceID + (workplace.map { " \($0.name), " + region($0.regencyCode) } ?? ""))
        lines.append(t("Jumlah lowongan: ", "Openings: ") + String(v.openings))
        lines.append(t("Pendidikan minimal: ", "Minimum education: ") + v.minEducation.label(language))
        lines.append(t("Jam kerja: \(v.hoursPerWeek) jam seminggu; sif malam: ", "Hours: \(v.hoursPerWeek) a week; night shifts: ") + yesNo(v.nightShift)
                     + t("; kerja jarak jauh: ", "; remote work: ") + remoteLabel(v.remote))
        if let low = v.wageMin, let high = v.wageMax {
            lines.append(t("Upah: \(rupiah(low)) sampai \(rupiah(high)) per bulan", "Wage: \(rupiah(low)) to \(rupiah(high)) a month"))
        } else if let wage = v.wageMin ?? v.wageMax {
            lines.append(t("Upah: \(rupiah(wage)) per bulan", "Wage: \(rupiah(wage)) a month"))
        }
        let demands = v.demands.filter { $0.value > $0.key.scale.lowerBound }.sorted { $0.key < $1.key }
        if demands.isEmpty {
            lines.append(t("Tuntutan pekerjaan: tidak ada yang dicatat", "Job demands: none recorded"))
        } else {
            lines.append(t("Tuntutan pekerjaan:", "Job demands:"))
            for (dimension, level) in demands {
                lines.append("  " + dimension.label(language) + ": " + t("\(level) dari \(dimension.scale.upperBound)", "\(level) of \(dimension.scale.upperBound)"))
            }
        }
        if !v.safetyTasks.isEmpty { lines.append(t("Tugas berisiko: ", "Safety-critical tasks: ") + list(v.safetyTasks.map { $0.label(language) })) }
        lines.append(t("Dibuka: ", "Posted: ") + v.postedOn.description + (v.closesOn.map { t("; ditutup ", "; closes ") + $0.description } ?? ""))
        lines.append("Status: " + v.status.label(language))
        return shown(lines)
    }

    func remoteLabel(_ remote: RemoteOption) -> String {
        remote.label(language)
    }

    public func vacancyLine(_ v: Vacancy) -> String {
        ("\(v.id): \(v.title); KBJI \(v.kbji); " + t("\(v.openings) lowongan", englishCount(v.openings, "opening")) + "; "
            + t("tempat kerja ", "workplace ") + v.workplaceID + "; " + v.status.label(language)).forDisplay
    }

    public func accommodation(_ a: Accommodation) -> String {
        var lines = [t("Akomodasi \(a.id)", "Accommodation \(a.id)")]
        lines.append(t("Nama: ", "Name: ") + a.name.text(language))
        lines.append(t("Keterangan: ", "Description: ") + a.description.text(language))
        lines.append(t("Jenis: ", "Kind: ") + kindLabel(a.kind))
        lines.append(t("Fungsi kerja: ", "Work function: ") + a.function.label(language))
        for bridge in a.bridges {
            let how = bridge.effect == .raisesCapacity
                ? t("menaikkan kemampuan \(bridge.by) tingkat", "raises capacity by " + englishCount(bridge.by, "level"))
                : t("menurunkan tuntutan \(bridge.by) tingkat", "lowers demand by " + englishCount(bridge.by, "level"))
            lines.append(t("Menjembatani: ", "Bridges: ") + bridge.dimension.label(language) + ", " + how)
        }
        if !a.meetsNeeds.isEmpty { lines.append(t("Memenuhi kebutuhan: ", "Meets needs: ") + list(a.meetsNeeds.map { $0.label(language) })) }
        lines.append(t("Perkiraan biaya: ", "Cost band: ") + costLabel(a.costBand))
        lines.append(t("Waktu persiapan: sekitar \(a.leadTimeDays) hari", "Lead time: about \(englishCount(a.leadTimeDays, "day"))"))
        if !a.legalBasis.isEmpty {
            lines.append(t("Dasar hukum: ", "Legal basis: ") + a.legalBasis.map(legalLabel).joined(separator: ", "))
        }
        return shown(lines)
    }

    public func accommodationLine(_ a: Accommodation) -> String {
        "\(a.id): \(a.name.text(language)); \(kindLabel(a.kind)); \(costLabel(a.costBand)); " + t("\(a.leadTimeDays) hari", englishCount(a.leadTimeDays, "day"))
    }

    public func kindLabel(_ kind: AccommodationKind) -> String {
        switch kind {
        case .product: return t("produk", "product")
        case .service: return t("layanan", "service")
        case .strategy: return t("strategi", "strategy")
        case .policy: return t("kebijakan", "policy")
        }
    }

    public func costLabel(_ band: CostBand) -> String {
        switch band {
        case .none: return t("tanpa biaya", "no cost")
        case .under1m: return t("di bawah 1 juta rupiah", "under 1 million rupiah")
        case .from1mTo5m: return t("1 sampai 5 juta rupiah", "1 to 5 million rupiah")
        case .from5mTo25m: return t("5 sampai 25 juta rupiah", "5 to 25 million rupiah")
        case .over25m: return t("di atas 25 juta rupiah", "over 25 million rupiah")
        }
    }

    public func legalLabel(_ basis: LegalBasis) -> String {
        switch basis {
        case .law8of2016Art47: return t("UU 8/2016 Pasal 47 (rekrutmen)", "Law 8/2016 Art. 47 (recruitment)")
        case .law8of2016Art48: return t("UU 8/2016 Pasal 48 (penempatan)", "Law 8/2016 Art. 48 (placement)")
        }
    }
}

/// "1 day", "5 days".
