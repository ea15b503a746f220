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
