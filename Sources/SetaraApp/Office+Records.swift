import Foundation
import SetaraDomain
import SetaraKit
import SetaraStore

extension Office {
    /// One seeker by registration number or NIK, with the category only when asked for and
    /// consented to.
    public func seeker(_ key: String, withCategory: Bool = false) throws -> (seeker: Seeker, category: DisabilityCategory?) {
        let key = key.trimmed.uppercased()
        let found = try stored { try store.seeker(id: key) ?? (key.count == 16 ? try store.seeker(nik: key) : nil) }
        // The key is not repeated: it may be a NIK.
        guard let seeker = found else {
            throw AppError(.data, problem: LocalizedText(id: "Pencari kerja itu tidak ditemukan.", en: "No such seeker."),
                           hint: LocalizedText(id: "Cari dengan: setara seeker list --search NAMA", en: "Find one with: setara seeker list --search NAME"))
        }
        let category = withCategory ? try stored { try store.disabilityCategory(seekerID: seeker.id) } : nil
        return (seeker, category)
    }

    public func employer(_ id: String) throws -> Employer {
        let key = id.trimmed.uppercased()
        guard let found = try stored({ try store.employer(id: key) }) else { throw AppError.notFound(.employer, key) }
        return found
    }

    public func workplace(_ id: String) throws -> Workplace {
        let key = id.trimmed.uppercased()
        guard let found = try stored({ try store.workplace(id: key) }) else { throw AppError.notFound(.workplace, key) }
        return found
    }

    public func vacancy(_ id: String) throws -> Vacancy {
        let key = id.trimmed.uppercased()
        guard let found = try stored({ try store.vacancy(id: key) }) else { throw AppError.notFound(.vacancy, key) }
        return found
    }

    /// Seekers for an export, each with the category only when asked for (and consented to).
    /// The export itself is written to the audit log: who took which personal data out, and when.
    public func exportSeekers(region: String?, includeCategory: Bool, destination: String?) throws -> [(Seeker, DisabilityCategory?)] {
        try stored {
            let seekers = try store.seekers(ListQuery(region: region))
            let rows = try seekers.map { ($0, includeCategory ? try store.disabilityCategory(seekerID: $0.id) : nil) }
            var what = ["seekers=\(seekers.count)"]
            if let region { what.append("region=\(region)") }
            if includeCategory { what.append("disability_category") }
            what.append("to=" + (destination ?? "screen"))
            try store.record([audit(.export, .seeker, nil, fields: what)])
            return rows
        }
    }

    /// Makes the demo data: only into a new database or one that holds nothing but an earlier
    /// demo, in one transaction (a demo stopped half way leaves the database as it was).
    public func makeDemo(size: DemoSize, seed: UInt64, casework: Bool = true) throws -> RecordBatch {
        var generator = DemoGenerator(catalog: try catalog(), seed: seed)
        var batch = generator.generate(size: size)
        // Two years of casework up to today, so that the due list has something to show.
        let history = casework ? DemoCasework.generate(&batch, today: today, seed: seed) : DemoCasework()
        try stored { try store.replaceWithDemo(batch, label: "seed \(seed)") { tx in try history.write(to: tx.cases) } }
        return batch
    }

    /// The audit log: every entry, or one record's.
    public func auditLog(recordID: String?, limit: Int) throws -> [AuditEntry] {
        try stored { try store.auditLog(recordID: recordID?.trimmed.uppercased(), limit: limit) }
    }
}
