/// A province (provinsi), with its Kemendagri code: the two digits that start every NIK issued there.
public struct Province: Sendable, Hashable {
    /// Two digits, e.g. "32".
    public let code: String
    /// e.g. "Jawa Barat".
    public let name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

/// A regency (kabupaten) or city (kota), with its four-digit Kemendagri code: the province code,
/// then 01-69 for a kabupaten or 71-99 for a kota (digits 3-4 of a NIK).
public struct Regency: Sendable, Hashable {
    /// Four digits, e.g. "3273".
    public let code: String
    /// e.g. "Kota Bandung".
    public let name: String

    public var provinceCode: String { String(code.prefix(2)) }

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

/// Indonesia's 38 provinces and 514 regencies and cities, from `Reference/regions.csv`
/// (Kepmendagri No. 300.2.2-2138 Tahun 2025; see docs/reference-data.md).
///
/// Codes are the Ministry of Home Affairs (Kemendagri) codes used in the NIK and in Dukcapil data,
/// not the BPS statistical codes, which differ in places: Kemendagri 3171 is Jakarta Pusat and 3174
/// Jakarta Selatan, where BPS uses 3173 and 3171.
public enum Regions {
    private static let table: (provinces: [Province], regencies: [Regency]) = {
        var provinces: [Province] = []
        var regencies: [Regency] = []
        for row in ReferenceCSV.rows(ReferenceText.regions) where row.count == 2 {
            switch row[0].count {
            case 2: provinces.append(Province(code: row[0], name: row[1]))
            case 4: regencies.append(Regency(code: row[0], name: row[1]))
            default: continue
            }
        }
        return (provinces, regencies)
    }()

    public static var provinces: [Province] { table.provinces }

    /// Every regency and city, in code order.
    public static var regencies: [Regency] { table.regencies }

    private static let provincesByCode: [String: Province] =
        Dictionary(uniqueKeysWithValues: provinces.map { ($0.code, $0) })

    private static let regenciesByCode: [String: Regency] =
        Dictionary(uniqueKeysWithValues: regencies.map { ($0.code, $0) })

    private static let regenciesByProvince: [String: [Regency]] =
        Dictionary(grouping: regencies, by: \.provinceCode)

    /// Each regency's name words without "kabupaten"/"kota", and its full name's words.
    private static let words: [(short: [String], full: [String])] = regencies.map { regency in
        let full = SearchWords.of(regency.name)
        let short = full.first == "kabupaten" || full.first == "kota" ? Array(full.dropFirst()) : full
        return (short, full)
    }

    public static func province(code: String) -> Province? {
        provincesByCode[code]
    }

    public static func regency(code: String) -> Regency? {
        regenciesByCode[code]
    }

    /// The regencies and cities of a province, in code order; empty for an unknown code.
    public static func regencies(inProvince code: String) -> [Regency] {
        regenciesByProvince[code] ?? []
    }

    /// Regencies and cities found by a name, a part of one ("gunung"), a province name, or a code
    /// prefix ("34", "3402"), best first: the name itself, then names that start with the words, then
    /// names holding them; in code order within each.
    public static func search(_ query: String) -> [Regency] {
        let compact = query.filter { !$0.isWhitespace && $0 != "." }
        if !compact.isEmpty, compact.allSatisfy(\.isASCII), compact.allSatisfy(\.isNumber) {
            return regencies.filter { $0.code.hasPrefix(compact) }
        }
        let q = SearchWords.of(query)
        guard !q.isEmpty else { return [] }
        var ranked: [(rank: Int, index: Int)] = []
        for (index, regency) in regencies.enumerated() {
            let (short, full) = words[index]
            let province = provincesByCode[regency.provinceCode].map { SearchWords.of($0.name) } ?? []
            let rank: Int
            if short == q || full == q { rank = 0 }
            else if short.starts(with: q) || full.starts(with: q) { rank = 1 }
            else if SearchWords.phrase(q, in: full) { rank = 2 }
            else if SearchWords.allStart(q, in: full) { rank = 3 }
            else if SearchWords.allStart(q, in: full + province) { rank = 4 }
            else { continue }
            ranked.append((rank, index))
        }
        return ranked.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map { regencies[$0.index] }
    }

    /// A regency given where its code is asked: a code (4 digits, "34.02" too) is passed on as it
    /// is written, without the dot; a name is taken when it names one regency or city ("Bantul",
    /// "Kota Bandung"); "Bandung" (a kabupaten and a kota) is ambiguous.
    public static func resolve(_ text: String) -> NameResolution<Regency> {
        let trimmed = text.trimmed
        let compact = trimmed.filter { $0 != "." }
        if compact.isEmpty || compact.contains(where: { $0.isNumber }) { return .code(compact) }
        let q = SearchWords.of(trimmed)
        let exact = regencies.indices.filter { words[$0].short == q || words[$0].full == q }
        if exact.count == 1 { return .code(regencies[exact[0]].code) }
        if exact.count > 1 { return .ambiguous(exact.map { regencies[$0] }) }
        let found = search(trimmed)
        return found.isEmpty ? .notFound : .ambiguous(found)
    }
}
