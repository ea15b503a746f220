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

/// Indonesia's provinces and a selection of its regencies and cities.
///
/// Codes are the Ministry of Home Affairs (Kemendagri) codes used in the NIK and in Dukcapil data
/// (Kepmendagri 100.1.1-6117/2022 and its successors), not the BPS statistical codes, which differ
/// in places: Kemendagri 3171 is Jakarta Pusat and 3174 Jakarta Selatan, where BPS uses 3173 and 3171.
///
/// Regencies: every regency and city of Sumatera Utara, DKI Jakarta, Jawa Barat, Jawa Tengah,
/// DI Yogyakarta, Jawa Timur, Banten, Bali and Sulawesi Selatan; for the other provinces, only the
/// capital and the largest cities. Codes not listed here are still accepted by `Validate.regency`
/// when their shape is plausible.
public enum Regions {
    public static let provinces: [Province] = [
        Province(code: "11", name: "Aceh"),
        Province(code: "12", name: "Sumatera Utara"),
        Province(code: "13", name: "Sumatera Barat"),
        Province(code: "14", name: "Riau"),
        Province(code: "15", name: "Jambi"),
        Province(code: "16", name: "Sumatera Selatan"),
        Province(code: "17", name: "Bengkulu"),
        Province(code: "18", name: "Lampung"),
        Province(code: "19", name: "Kepulauan Bangka Belitung"),
        Province(code: "21", name: "Kepulauan Riau"),
        Province(code: "31", name: "DKI Jakarta"),
        Province(code: "32", name: "Jawa Barat"),
        Province(code: "33", name: "Jawa Tengah"),
        Province(code: "34", name: "DI Yogyakarta"),
        Province(code: "35", name: "Jawa Timur"),
        Province(code: "36", name: "Banten"),
        Province(code: "51", name: "Bali"),
        Province(code: "52", name: "Nusa Tenggara Barat"),
        Province(code: "53", name: "Nusa Tenggara Timur"),
        Province(code: "61", name: "Kalimantan Barat"),
        Province(code: "62", name: "Kalimantan Tengah"),
        Province(code: "63", name: "Kalimantan Selatan"),
        Province(code: "64", name: "Kalimantan Timur"),
        Province(code: "65", name: "Kalimantan Utara"),
        Province(code: "71", name: "Sulawesi Utara"),
        Province(code: "72", name: "Sulawesi Tengah"),
        Province(code: "73", name: "Sulawesi Selatan"),
        Province(code: "74", name: "Sulawesi Tenggara"),
        Province(code: "75", name: "Gorontalo"),
        Province(code: "76", name: "Sulawesi Barat"),
        Province(code: "81", name: "Maluku"),
        Province(code: "82", name: "Maluku Utara"),
        Province(code: "91", name: "Papua"),
        Province(code: "92", name: "Papua Barat"),
        Province(code: "93", name: "Papua Selatan"),
        Province(code: "94", name: "Papua Tengah"),
        Province(code: "95", name: "Papua Pegunungan"),
        Province(code: "96", name: "Papua Barat Daya"),
    ]

    public static let regencies: [Regency] = [
        // 11 Aceh (capital only)
        Regency(code: "1171", name: "Kota Banda Aceh"),
        // 12 Sumatera Utara (all)
        Regency(code: "1201", name: "Kabupaten Tapanuli Tengah"),
        Regency(code: "1202", name: "Kabupaten Tapanuli Utara"),
        Regency(code: "1203", name: "Kabupaten Tapanuli Selatan"),
        Regency(code: "1204", name: "Kabupaten Nias"),
        Regency(code: "1205", name: "Kabupaten Langkat"),
        Regency(code: "1206", name: "Kabupaten Karo"),
        Regency(code: "1207", name: "Kabupaten Deli Serdang"),
        Regency(code: "1208", name: "Kabupaten Simalungun"),
        Regency(code: "1209", name: "Kabupaten Asahan"),
        Regency(code: "1210", name: "Kabupaten Labuhanbatu"),
        Regency(code: "1211", name: "Kabupaten Dairi"),
        Regency(code: "1212", name: "Kabupaten Toba"),
        Regency(code: "1213", name: "Kabupaten Mandailing Natal"),
        Regency(code: "1214", name: "Kabupaten Nias Selatan"),
        Regency(code: "1215", name: "Kabupaten Pakpak Bharat"),
        Regency(code: "1216", name: "Kabupaten Humbang Hasundutan"),
        Regency(code: "1217", name: "Kabupaten Samosir"),
        Regency(code: "1218", name: "Kabupaten Serdang Bedagai"),
        Regency(code: "1219", name: "Kabupaten Batu Bara"),
        Regency(code: "1220", name: "Kabupaten Padang Lawas Utara"),
        Regency(code: "1221", name: "Kabupaten Padang Lawas"),
        Regency(code: "1222", name: "Kabupaten Labuhanbatu Selatan"),
        Regency(code: "1223", name: "Kabupaten Labuhanbatu Utara"),
        Regency(code: "1224", name: "Kabupaten Nias Utara"),
        Regency(code: "1225", name: "Kabupaten Nias Barat"),
        Regency(code: "1271", name: "Kota Medan"),
        Regency(code: "1272", name: "Kota Pematangsiantar"),
        Regency(code: "1273", name: "Kota Sibolga"),
        Regency(code: "1274", name: "Kota Tanjungbalai"),
        Regency(code: "1275", name: "Kota Binjai"),
        Regency(code: "1276", name: "Kota Tebing Tinggi"),
        Regency(code: "1277", name: "Kota Padangsidimpuan"),
        Regency(code: "1278", name: "Kota Gunungsitoli"),
        // 13 Sumatera Barat, 14 Riau, 15 Jambi, 16 Sumatera Selatan, 17 Bengkulu, 18 Lampung,
        // 19 Kepulauan Bangka Belitung, 21 Kepulauan Riau (capitals and largest cities)
        Regency(code: "1371", name: "Kota Padang"),
        Regency(code: "1375", name: "Kota Bukittinggi"),
        Regency(code: "1471", name: "Kota Pekanbaru"),
        Regency(code: "1472", name: "Kota Dumai"),
        Regency(code: "1571", name: "Kota Jambi"),
        Regency(code: "1671", name: "Kota Palembang"),
        Regency(code: "1771", name: "Kota Bengkulu"),
        Regency(code: "1871", name: "Kota Bandar Lampung"),
        Regency(code: "1971", name: "Kota Pangkalpinang"),
        Regency(code: "2171", name: "Kota Batam"),
        Regency(code: "2172", name: "Kota Tanjungpinang"),
        // 31 DKI Jakarta (all; administrative regency and cities)
        Regency(code: "3101", name: "Kabupaten Kepulauan Seribu"),
        Regency(code: "3171", name: "Kota Jakarta Pusat"),
        Regency(code: "3172", name: "Kota Jakarta Utara"),
        Regency(code: "3173", name: "Kota Jakarta Barat"),
        Regency(code: "3174", name: "Kota Jakarta Selatan"),
        Regency(code: "3175", name: "Kota Jakarta Timur"),
        // 32 Jawa Barat (all)
        Regency(code: "3201", name: "Kabupaten Bogor"),
        Regency(code: "3202", name: "Kabupaten Sukabumi"),
        Regency(code: "3203", name: "Kabupaten Cianjur"),
        Regency(code: "3204", name: "Kabupaten Bandung"),
        Regency(code: "3205", name: "Kabupaten Garut"),
        Regency(code: "3206", name: "Kabupaten Tasikmalaya"),
        Regency(code: "3207", name: "Kabupaten Ciamis"),
        Regency(code: "3208", name: "Kabupaten Kuningan"),
        Regency(code: "3209", name: "Kabupaten Cirebon"),
        Regency(code: "3210", name: "Kabupaten Majalengka"),
        Regency(code: "3211", name: "Kabupaten Sumedang"),
        Regency(code: "3212", name: "Kabupaten Indramayu"),
        Regency(code: "3213", name: "Kabupaten Subang"),
        Regency(code: "3214", name: "Kabupaten Purwakarta"),
        Regency(code: "3215", name: "Kabupaten Karawang"),
        Regency(code: "3216", name: "Kabupaten Bekasi"),
        Regency(code: "3217", name: "Kabupaten Bandung Barat"),
        Regency(code: "3218", name: "Kabupaten Pangandaran"),
        Regency(code: "3271", name: "Kota Bogor"),
        Regency(code: "3272", name: "Kota Sukabumi"),
        Regency(code: "3273", name: "Kota Bandung"),
        Regency(code: "3274", name: "Kota Cirebon"),
        Regency(code: "3275", name: "Kota Bekasi"),
        Regency(code: "3276", name: "Kota Depok"),
        Regency(code: "3277", name: "Kota Cimahi"),
        Regency(code: "3278", name: "Kota Tasikmalaya"),
        Regency(code: "3279", name: "Kota Banjar"),
        // 33 Jawa Tengah (all)
        Regency(code: "3301", name: "Kabupaten Cilacap"),
        Regency(code: "3302", name: "Kabupaten Banyumas"),
        Regency(code: "3303", name: "Kabupaten Purbalingga"),
        Regency(code: "3304", name: "Kabupaten Banjarnegara"),
        Regency(code: "3305", name: "Kabupaten Kebumen"),
        Regency(code: "3306", name: "Kabupaten Purworejo"),
        Regency(code: "3307", name: "Kabupaten Wonosobo"),
        Regency(code: "3308", name: "Kabupaten Magelang"),
        Regency(code: "3309", name: "Kabupaten Boyolali"),
        Regency(code: "3310", name: "Kabupaten Klaten"),
        Regency(code: "3311", name: "Kabupaten Sukoharjo"),
        Regency(code: "3312", name: "Kabupaten Wonogiri"),
        Regency(code: "3313", name: "Kabupaten Karanganyar"),
        Regency(code: "3314", name: "Kabupaten Sragen"),
        Regency(code: "3315", name: "Kabupaten Grobogan"),
        Regency(code: "3316", name: "Kabupaten Blora"),
        Regency(code: "3317", name: "Kabupaten Rembang"),
        Regency(code: "3318", name: "Kabupaten Pati"),
        Regency(code: "3319", name: "Kabupaten Kudus"),
        Regency(code: "3320", name: "Kabupaten Jepara"),
        Regency(code: "3321", name: "Kabupaten Demak"),
        Regency(code: "3322", name: "Kabupaten Semarang"),
        Regency(code: "3323", name: "Kabupaten Temanggung"),
        Regency(code: "3324", name: "Kabupaten Kendal"),
        Regency(code: "3325", name: "Kabupaten Batang"),
        Regency(code: "3326", name: "Kabupaten Pekalongan"),
        Regency(code: "3327", name: "Kabupaten Pemalang"),
        Regency(code: "3328", name: "Kabupaten Tegal"),
        Regency(code: "3329", name: "Kabupaten Brebes"),
        Regency(code: "3371", name: "Kota Magelang"),
        Regency(code: "3372", name: "Kota Surakarta"),
        Regency(code: "3373", name: "Kota Salatiga"),
        Regency(code: "3374", name: "Kota Semarang"),
        Regency(code: "3375", name: "Kota Pekalongan"),
        Regency(code: "3376", name: "Kota Tegal"),
        // 34 DI Yogyakarta (all)
        Regency(code: "3401", name: "Kabupaten Kulon Progo"),
        Regency(code: "3402", name: "Kabupaten Bantul"),
        Regency(code: "3403", name: "Kabupaten Gunungkidul"),
        Regency(code: "3404", name: "Kabupaten Sleman"),
        Regency(code: "3471", name: "Kota Yogyakarta"),
        // 35 Jawa Timur (all)
        Regency(code: "3501", name: "Kabupaten Pacitan"),
        Regency(code: "3502", name: "Kabupaten Ponorogo"),
        Regency(code: "3503", name: "Kabupaten Trenggalek"),
        Regency(code: "3504", name: "Kabupaten Tulungagung"),
        Regency(code: "3505", name: "Kabupaten Blitar"),
        Regency(code: "3506", name: "Kabupaten Kediri"),
        Regency(code: "3507", name: "Kabupaten Malang"),
        Regency(code: "3508", name: "Kabupaten Lumajang"),
        Regency(code: "3509", name: "Kabupaten Jember"),
        Regency(code: "3510", name: "Kabupaten Banyuwangi"),
        Regency(code: "3511", name: "Kabupaten Bondowoso"),
        Regency(code: "3512", name: "Kabupaten Situbondo"),
        Regency(code: "3513", name: "Kabupaten Probolinggo"),
        Regency(code: "3514", name: "Kabupaten Pasuruan"),
        Regency(code: "3515", name: "Kabupaten Sidoarjo"),
        Regency(code: "3516", name: "Kabupaten Mojokerto"),
        Regency(code: "3517", name: "Kabupaten Jombang"),
        Regency(code: "3518", name: "Kabupaten Nganjuk"),
        Regency(code: "3519", name: "Kabupaten Madiun"),
        Regency(code: "3520", name: "Kabupaten Magetan"),
        Regency(code: "3521", name: "Kabupaten Ngawi"),
        Regency(code: "3522", name: "Kabupaten Bojonegoro"),
        Regency(code: "3523", name: "Kabupaten Tuban"),
        Regency(code: "3524", name: "Kabupaten Lamongan"),
        Regency(code: "3525", name: "Kabupaten Gresik"),
        Regency(code: "3526", name: "Kabupaten Bangkalan"),
        Regency(code: "3527", name: "Kabupaten Sampang"),
        Regency(code: "3528", name: "Kabupaten Pamekasan"),
        Regency(code: "3529", name: "Kabupaten Sumenep"),
        Regency(code: "3571", name: "Kota Kediri"),
        Regency(code: "3572", name: "Kota Blitar"),
        Regency(code: "3573", name: "Kota Malang"),
        Regency(code: "3574", name: "Kota Probolinggo"),
        Regency(code: "3575", name: "Kota Pasuruan"),
        Regency(code: "3576", name: "Kota Mojokerto"),
        Regency(code: "3577", name: "Kota Madiun"),
        Regency(code: "3578", name: "Kota Surabaya"),
        Regency(code: "3579", name: "Kota Batu"),
        // 36 Banten (all)
        Regency(code: "3601", name: "Kabupaten Pandeglang"),
        Regency(code: "3602", name: "Kabupaten Lebak"),
        Regency(code: "3603", name: "Kabupaten Tangerang"),
        Regency(code: "3604", name: "Kabupaten Serang"),
        Regency(code: "3671", name: "Kota Tangerang"),
        Regency(code: "3672", name: "Kota Cilegon"),
        Regency(code: "3673", name: "Kota Serang"),
        Regency(code: "3674", name: "Kota Tangerang Selatan"),
        // 51 Bali (all)
        Regency(code: "5101", name: "Kabupaten Jembrana"),
        Regency(code: "5102", name: "Kabupaten Tabanan"),
        Regency(code: "5103", name: "Kabupaten Badung"),
        Regency(code: "5104", name: "Kabupaten Gianyar"),
        Regency(code: "5105", name: "Kabupaten Klungkung"),
        Regency(code: "5106", name: "Kabupaten Bangli"),
        Regency(code: "5107", name: "Kabupaten Karangasem"),
        Regency(code: "5108", name: "Kabupaten Buleleng"),
        Regency(code: "5171", name: "Kota Denpasar"),
        // 52 NTB, 53 NTT, Kalimantan (61-65), Sulawesi outside 73 (71-76), Maluku (81-82)
        // and Papua (91, 96): capitals and largest cities
        Regency(code: "5271", name: "Kota Mataram"),
        Regency(code: "5371", name: "Kota Kupang"),
        Regency(code: "6171", name: "Kota Pontianak"),
        Regency(code: "6271", name: "Kota Palangka Raya"),
        Regency(code: "6371", name: "Kota Banjarmasin"),
        Regency(code: "6372", name: "Kota Banjarbaru"),
        Regency(code: "6471", name: "Kota Balikpapan"),
        Regency(code: "6472", name: "Kota Samarinda"),
        Regency(code: "6501", name: "Kabupaten Bulungan"),
        Regency(code: "6571", name: "Kota Tarakan"),
        Regency(code: "7171", name: "Kota Manado"),
        Regency(code: "7271", name: "Kota Palu"),
        // 73 Sulawesi Selatan (all; 7319-7321 and 7323 moved to Sulawesi Barat, so the
        // numbering has gaps)
        Regency(code: "7301", name: "Kabupaten Kepulauan Selayar"),
        Regency(code: "7302", name: "Kabupaten Bulukumba"),
        Regency(code: "7303", name: "Kabupaten Bantaeng"),
        Regency(code: "7304", name: "Kabupaten Jeneponto"),
        Regency(code: "7305", name: "Kabupaten Takalar"),
        Regency(code: "7306", name: "Kabupaten Gowa"),
        Regency(code: "7307", name: "Kabupaten Sinjai"),
        Regency(code: "7308", name: "Kabupaten Bone"),
        Regency(code: "7309", name: "Kabupaten Maros"),
        Regency(code: "7310", name: "Kabupaten Pangkajene dan Kepulauan"),
        Regency(code: "7311", name: "Kabupaten Barru"),
        Regency(code: "7312", name: "Kabupaten Soppeng"),
        Regency(code: "7313", name: "Kabupaten Wajo"),
        Regency(code: "7314", name: "Kabupaten Sidenreng Rappang"),
        Regency(code: "7315", name: "Kabupaten Pinrang"),
        Regency(code: "7316", name: "Kabupaten Enrekang"),
        Regency(code: "7317", name: "Kabupaten Luwu"),
        Regency(code: "7318", name: "Kabupaten Tana Toraja"),
        Regency(code: "7322", name: "Kabupaten Luwu Utara"),
        Regency(code: "7324", name: "Kabupaten Luwu Timur"),
        Regency(code: "7326", name: "Kabupaten Toraja Utara"),
        Regency(code: "7371", name: "Kota Makassar"),
        Regency(code: "7372", name: "Kota Parepare"),
        Regency(code: "7373", name: "Kota Palopo"),
        Regency(code: "7471", name: "Kota Kendari"),
        Regency(code: "7571", name: "Kota Gorontalo"),
        Regency(code: "7602", name: "Kabupaten Mamuju"),
        Regency(code: "8171", name: "Kota Ambon"),
        Regency(code: "8271", name: "Kota Ternate"),
        Regency(code: "9171", name: "Kota Jayapura"),
        Regency(code: "9671", name: "Kota Sorong"),
    ]

    private static let provincesByCode: [String: Province] =
        Dictionary(uniqueKeysWithValues: provinces.map { ($0.code, $0) })

    private static let regenciesByCode: [String: Regency] =
        Dictionary(uniqueKeysWithValues: regencies.map { ($0.code, $0) })

    private static let regenciesByProvince: [String: [Regency]] =
        Dictionary(grouping: regencies, by: \.provinceCode)

    public static func province(code: String) -> Province? {
        provincesByCode[code]
    }

    public static func regency(code: String) -> Regency? {
        regenciesByCode[code]
    }

    /// The listed regencies and cities of a province, in code order; empty for an unknown code.
    public static func regencies(inProvince code: String) -> [Regency] {
        regenciesByProvince[code] ?? []
    }
}
