/// One major group (golongan pokok) of KBJI 2014, the Indonesian Standard Classification of
/// Occupations, which follows ISCO-08.
public struct KBJIMajorGroup: Sendable, Hashable {
    /// One digit, "0" ... "9".
    public let code: String
    public let name: LocalizedText

    public init(code: String, name: LocalizedText) {
        self.code = code
        self.name = name
    }
}

/// KBJI 2014 (Klasifikasi Baku Jabatan Indonesia): major group (1 digit), sub-major group (2),
/// minor group (3), unit group (4, as ISCO-08) and, in KBJI only, job title (6 digits).
public enum KBJI {
    public static let majorGroups: [KBJIMajorGroup] = [
        KBJIMajorGroup(code: "0", name: LocalizedText(id: "TNI dan Polri", en: "Armed forces and police")),
        KBJIMajorGroup(code: "1", name: LocalizedText(id: "Manajer", en: "Managers")),
        KBJIMajorGroup(code: "2", name: LocalizedText(id: "Profesional", en: "Professionals")),
        KBJIMajorGroup(code: "3", name: LocalizedText(id: "Teknisi dan Asisten Profesional",
                                                      en: "Technicians and associate professionals")),
        KBJIMajorGroup(code: "4", name: LocalizedText(id: "Tenaga Tata Usaha", en: "Clerical support workers")),
        KBJIMajorGroup(code: "5", name: LocalizedText(id: "Tenaga Usaha Jasa dan Tenaga Penjualan",
                                                      en: "Service and sales workers")),
        KBJIMajorGroup(code: "6", name: LocalizedText(id: "Pekerja Terampil Pertanian, Kehutanan dan Perikanan",
                                                      en: "Skilled agricultural, forestry and fishery workers")),
        KBJIMajorGroup(code: "7", name: LocalizedText(id: "Pekerja Pengolahan, Kerajinan dan YBDI",
                                                      en: "Craft and related trades workers")),
        KBJIMajorGroup(code: "8", name: LocalizedText(id: "Operator dan Perakit Mesin",
                                                      en: "Plant and machine operators and assemblers")),
        KBJIMajorGroup(code: "9", name: LocalizedText(id: "Pekerja Kasar", en: "Elementary occupations")),
    ]

    private static let majorGroupsByCode: [Character: KBJIMajorGroup] =
        Dictionary(uniqueKeysWithValues: majorGroups.map { ($0.code.first!, $0) })

    /// The major group of any KBJI code (its first digit; leading spaces are skipped), or nil when
    /// the code does not start with a digit.
    public static func majorGroup(of code: String) -> KBJIMajorGroup? {
        guard let first = code.first(where: { !$0.isWhitespace }) else { return nil }
        return majorGroupsByCode[first]
    }
}

/// One code of KBJI 2014 with its Indonesian title, from `Reference/kbji-2014.csv`.
public struct KBJIEntry: Sendable, Hashable {
    /// Digits only: 1 to 4 digits for the groups, 6 for a job title ("413201").
    public let code: String
    /// 1 major group, 2 sub-major group, 3 minor group, 4 unit group, 6 job title.
    public let level: Int
    /// e.g. "Operator Entri Data".
    public let title: String

    /// As KBJI writes it: "4132", or "4132.01" for a job title.
    public var displayCode: String {
        code.count == 6 ? code.prefix(4) + "." + code.suffix(2) : code
    }

    /// Unit groups (4 digits) and job titles (6 digits) are what vacancies and occupations are coded in.
    public var isOccupation: Bool { level == 4 || level == 6 }
}

extension KBJI {
    /// Every code of KBJI 2014 (2,766), in the order of the classification.
    public static var entries: [KBJIEntry] { table.entries }

    private static let table: (entries: [KBJIEntry], byCode: [String: Int]) = {
        var entries: [KBJIEntry] = []
        for row in ReferenceCSV.rows(ReferenceText.kbji) where row.count == 3 {
            guard let level = Int(row[1]) else { continue }
            entries.append(KBJIEntry(code: row[0].filter { $0 != "." }, level: level, title: row[2]))
        }
        let byCode = Dictionary(entries.indices.map { (entries[$0].code, $0) }, uniquingKeysWith: { first, _ in first })
        return (entries, byCode)
    }()

    /// Each title's search words, made only when a search needs them: showing a record names its
    /// codes and never searches, and splitting 2,766 titles into words was a tenth of the time
    /// `setara seeker show` took as a whole process.
    private static let titleWords: [[String]] = table.entries.map { SearchWords.of($0.title) }

    /// The entry of a code written "4132", "413201" or "4132.01"; nil when KBJI 2014 has no such code.
    public static func entry(code: String) -> KBJIEntry? {
        table.byCode[code.trimmed.filter { $0 != "." }].map { table.entries[$0] }
    }

    /// Codes found by title words ("entri data") or a code prefix ("413", "4132.0"), best first:
    /// the title itself, then titles that start with the words, then titles holding them as a
    /// phrase, then titles holding every word; unit groups before job titles, then in code order.
    public static func search(_ query: String) -> [KBJIEntry] {
        let compact = query.filter { !$0.isWhitespace && $0 != "." }
        if !compact.isEmpty, compact.allSatisfy(\.isASCII), compact.allSatisfy(\.isNumber) {
            return table.entries.filter { $0.code.hasPrefix(compact) }
        }
        let q = SearchWords.of(query)
        guard !q.isEmpty else { return [] }
        var ranked: [(rank: Int, index: Int)] = []
        for (index, words) in titleWords.enumerated() {
            let rank: Int
            if words == q { rank = 0 }
            else if words.starts(with: q) { rank = 1 }
            else if SearchWords.phrase(q, in: words) { rank = 2 }
            else if SearchWords.allStart(q, in: words) { rank = 3 }
            else { continue }
            // Occupations first (what a vacancy is coded in), groups after them.
            ranked.append((rank * 2 + (table.entries[index].isOccupation ? 0 : 1), index))
        }
        return ranked.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map { table.entries[$0.index] }
    }

    /// An occupation given where its code is asked: a code is passed on without its dot; a title
    /// is taken when exactly one unit group or job title has it ("petugas entri data" is 4132).
    public static func resolve(_ text: String) -> NameResolution<KBJIEntry> {
        let trimmed = text.trimmed
        if trimmed.isEmpty || trimmed.contains(where: { $0.isNumber }) { return .code(trimmed.filter { $0 != "." }) }
        let q = SearchWords.of(trimmed)
        let exact = table.entries.indices.filter { table.entries[$0].isOccupation && titleWords[$0] == q }
        if exact.count == 1 { return .code(table.entries[exact[0]].code) }
        if exact.count > 1 { return .ambiguous(exact.map { table.entries[$0] }) }
        let found = search(trimmed).filter(\.isOccupation)
        return found.isEmpty ? .notFound : .ambiguous(found)
    }
}
