import SetaraDomain

/// Looking up the reference lists (regencies and cities, KBJI 2014) by name or code: no database,
/// so that a look-up is a fast, separate step a front end can offer anywhere a code is asked.
public enum ReferenceLookup {
    /// What a look-up found: the best `shown` of `total` entries.
    public struct Found<Entry: Sendable>: Sendable {
        public var shown: [Entry]
        public var total: Int
    }

    public static func regencies(_ query: String, limit: Int) throws -> Found<Regency> {
        let found = Regions.search(try checked(query))
        guard !found.isEmpty else {
            throw AppError(.data, problem: LocalizedText(id: "Tidak ada kabupaten/kota yang cocok dengan \"\(query)\".",
                                                         en: "No regency or city matches \"\(query)\"."),
                           hint: LocalizedText(id: "Cari dengan sebagian nama (gunung), nama provinsi, atau awal kode (34).",
                                               en: "Search with part of a name (gunung), a province name, or the start of a code (34)."))
        }
        return Found(shown: Array(found.prefix(max(limit, 1))), total: found.count)
    }

    public static func occupations(_ query: String, limit: Int) throws -> Found<KBJIEntry> {
        let found = KBJI.search(try checked(query))
        guard !found.isEmpty else {
            throw AppError(.data, problem: LocalizedText(id: "Tidak ada kode KBJI 2014 yang cocok dengan \"\(query)\".",
                                                         en: "No KBJI 2014 code matches \"\(query)\"."),
                           hint: LocalizedText(id: "Cari dengan kata dari nama jabatan (entri data, guru) atau awal kode (413).",
                                               en: "Search with words of an Indonesian job title (entri data, guru) or the start of a code (413)."))
        }
        return Found(shown: Array(found.prefix(max(limit, 1))), total: found.count)
    }

    /// The province of a regency, for showing it beside the regency's name.
    public static func province(of regency: Regency) -> Province? {
        Regions.province(code: regency.provinceCode)
    }

    private static func checked(_ query: String) throws -> String {
        guard !query.trimmed.isEmpty, !query.hasControlCharacter(lineBreaksAllowed: false) else {
            throw AppError(.usage, problem: LocalizedText(id: "Tulis kata atau kode yang dicari.", en: "Give the words or the code to look for."))
        }
        return query
    }
}

extension KBJIEntry {
    /// The level's name: "golongan pokok" ... "jabatan".
    public var levelName: LocalizedText {
        switch level {
        case 1: return LocalizedText(id: "golongan pokok", en: "major group")
        case 2: return LocalizedText(id: "subgolongan pokok", en: "sub-major group")
        case 3: return LocalizedText(id: "golongan", en: "minor group")
        case 4: return LocalizedText(id: "subgolongan", en: "unit group")
        default: return LocalizedText(id: "jabatan", en: "job title")
        }
    }
}
