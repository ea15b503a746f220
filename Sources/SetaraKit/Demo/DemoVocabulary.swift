import SetaraDomain

/// One occupation the demo generator can post vacancies for: a KBJI 2014 / ISCO-08 unit group, the
/// title a vacancy would use, and the job's typical demand profile on the functional dimensions.
/// The data are fictional but shaped on real Indonesian job advertisements and wage levels.
struct DemoOccupation: Sendable {
    /// 4-digit KBJI 2014 unit group (= ISCO-08), e.g. "4132" data entry clerks.
    let kbji: String
    /// The title as a vacancy would say it.
    let title: LocalizedText
    /// Typical demands, on each dimension's own scale; dimensions not listed are at the scale's minimum.
    let demands: [FunctionalDimension: Int]
    let minEducation: EducationLevel
    /// Monthly wage in rupiah (2025 levels; regional minimum wages run from about Rp 2.2 to 5.4 juta).
    let wageRange: ClosedRange<Int>
    let hoursPerWeek: Int
    let nightShift: Bool
    let remotePossible: Bool
    let safetyTasks: [SafetyTask]
}

/// Word lists for fictional but realistic demo records. No entry names a real person or company.
enum DemoVocabulary {
    /// Javanese, Sundanese, Batak, Minang, Bugis, Balinese, Betawi, Manado, Chinese-Indonesian;
    /// Muslim, Christian and Hindu names.
    static let maleGivenNames: [String] = [
        // Javanese
        "Budi", "Agus", "Bambang", "Joko", "Slamet", "Sugeng", "Wahyu", "Teguh", "Eko", "Dwi",
        "Bayu", "Hadi", "Sutrisno", "Gunawan", "Yudi", "Heru", "Anton", "Rudi", "Sigit", "Aris",
        // Sundanese
        "Asep", "Ujang", "Dadang", "Cecep", "Dede", "Yayan", "Iwan", "Acep", "Engkus", "Dodi",
        // Batak and Christian
        "Togar", "Parlindungan", "Hotman", "Sahat", "Binsar", "Tigor", "Poltak", "Yohanes", "Markus", "Daniel",
        "Samuel", "Yosua", "Andreas", "Paulus", "Stefanus", "Timotius",
        // Minang
        "Zulkifli", "Syafrizal", "Afrizal", "Hendra", "Yusril", "Fadli", "Ikhsan", "Rizal", "Efendi", "Yondri",
        // Bugis and Makassar
        "Andi", "Baso", "Ilham", "Syamsul", "Haeruddin", "Syahrir", "Jufri", "Nurdin", "Akbar", "Rusdi",
        // Balinese and Hindu
        "Wayan", "Made", "Nyoman", "Ketut", "Gede", "Komang", "Dewa", "Wisnu", "Krisna", "Surya",
        // Betawi
        "Rojali", "Sabeni", "Mansur", "Udin", "Jaelani", "Sanusi",
        // Muslim (all regions)
        "Muhammad", "Ahmad", "Abdul", "Ridwan", "Fajar", "Hafiz", "Yusuf", "Ibrahim", "Hasan", "Imam",
        "Faisal", "Hamzah", "Rizky", "Arif", "Irfan", "Fauzi",
        // Manado, Chinese-Indonesian
        "Ferdinand", "Reinhard", "Kevin", "Steven", "Wilson", "Ferry", "Sugianto", "Hendrik",
    ]

    static let femaleGivenNames: [String] = [
        // Javanese
        "Siti", "Sri", "Dewi", "Wulan", "Ratna", "Endang", "Tuti", "Yuli", "Sari", "Rina",
        "Rini", "Wati", "Suci", "Dian", "Novi", "Eka", "Desi", "Kartika", "Ratih", "Sekar",
        "Larasati", "Puspita",
        // Sundanese
        "Euis", "Neneng", "Imas", "Cucu", "Nining", "Yeni", "Lilis", "Iis", "Entin", "Nenden",
        // Batak and Christian
        "Butet", "Rosmaida", "Tiurma", "Sondang", "Maria", "Ruth", "Yohana", "Debora", "Elisabeth", "Martha",
        "Grace", "Monika", "Agnes", "Veronika",
        // Minang
        "Yusnita", "Rosnida", "Fitria", "Yulia", "Rahmi", "Silvia", "Elvi", "Yelni",
        // Bugis and Makassar
        "Nurhaeda", "Hasnah", "Sitti", "Rosmini", "Nurlela", "Hasnawati", "Darmawati",
        // Balinese and Hindu
        "Putu", "Kadek", "Luh", "Dayu", "Saraswati", "Ayu", "Sinta",
        // Betawi
        "Juleha", "Romlah", "Munah", "Enah", "Mimin",
        // Muslim (all regions)
        "Nurul", "Fitri", "Indah", "Anisa", "Aisyah", "Fatimah", "Khadijah", "Nabila", "Zahra", "Aulia",
        "Rahma", "Citra", "Intan", "Mega", "Nurhayati",
        // Manado, Chinese-Indonesian
        "Meilani", "Lily", "Susanti", "Yenny", "Lanny", "Fransiska", "Cindy", "Jessica",
    ]

    /// Second names and family (clan, marga) names.
    static let familyNames: [String] = [
        // Javanese and general
        "Saputra", "Saputri", "Lestari", "Wijaya", "Hidayat", "Putri", "Pratama", "Setiawan", "Kurniawan", "Nugroho",
        "Santoso", "Susanto", "Wibowo", "Prasetyo", "Purnomo", "Hartono", "Sulistyo", "Rahayu", "Wulandari", "Handayani",
        "Kusuma", "Suryadi", "Hermawan", "Siswanto", "Haryanto", "Mulyadi", "Sudarsono", "Pangestu", "Anggraini", "Puspitasari",
        // Sundanese
        "Permana", "Sasmita", "Sukmana", "Hidayatullah", "Suhendar",
        // Batak
        "Simanjuntak", "Nasution", "Siregar", "Harahap", "Lubis", "Sitompul", "Hutapea", "Pardede", "Sinaga", "Situmorang",
        "Panjaitan", "Simatupang", "Tambunan", "Manurung", "Sihombing", "Silalahi", "Marpaung", "Pohan", "Hasibuan", "Daulay",
        "Ginting", "Tarigan", "Sembiring", "Sitepu", "Pasaribu",
        // Minang (suku)
        "Chaniago", "Koto", "Piliang", "Sikumbang", "Jambak", "Tanjung",
        // Muslim and Bugis-Makassar
        "Firmansyah", "Ramadhan", "Maulana", "Hakim", "Syahputra", "Rahman", "Syamsuddin", "Amiruddin", "Rasyid", "Fauzi",
        // Balinese
        "Adnyana", "Sudarma", "Wirawan", "Astawa", "Suarsana", "Mahendra",
        // Manado and Maluku
        "Wowor", "Rumengan", "Pangemanan", "Mandagi", "Latuconsina", "Tuhumury", "Pattinama",
        // Chinese-Indonesian
        "Halim", "Gunadi", "Budiman", "Tanuwijaya", "Salim",
    ]

    /// Words for fictional company names ("PT Sinar Mitra ...", "CV Karya Abadi ...").
    static let companyStems: [String] = [
        "Sinar", "Mitra", "Karya", "Abadi", "Nusantara", "Jaya", "Makmur", "Sentosa", "Sejahtera", "Bersama",
        "Maju", "Mandiri", "Utama", "Prima", "Cahaya", "Bintang", "Surya", "Mulia", "Indah", "Lestari",
        "Bumi", "Samudra", "Cipta", "Graha", "Sakti", "Perkasa", "Gemilang", "Berkah", "Anugerah", "Harapan",
        "Persada", "Buana", "Tunggal", "Kencana", "Mekar", "Tirta", "Agung", "Raya", "Pelita", "Semesta",
        "Citra", "Artha", "Dharma", "Putra", "Sukses", "Andalan", "Setia", "Karunia", "Rejeki", "Sumber",
        "Inti", "Daya", "Pratama", "Fajar", "Nusa", "Kartika", "Permata", "Mutiara", "Lintas", "Harmoni",
        "Damai", "Pusaka", "Sehati", "Bahagia", "Wahana", "Adi",
    ]

    /// Business descriptors, one word each.
    static let companyFields: [String] = [
        "Logistik", "Tekstil", "Retail", "Teknologi", "Pangan", "Garmen", "Farmasi", "Elektronik", "Konstruksi", "Otomotif",
        "Perhotelan", "Kuliner", "Ekspedisi", "Percetakan", "Furnitur", "Kosmetik", "Agro", "Kemasan", "Plastik", "Kimia",
        "Digital", "Informatika", "Media", "Kesehatan", "Pendidikan", "Energi", "Properti", "Perdagangan", "Distribusi", "Konveksi",
        "Batik", "Kerajinan", "Perikanan", "Telekomunikasi", "Keuangan", "Busana", "Alas Kaki", "Minuman",
    ]

    static let streets: [String] = [
        "Jl. Merdeka", "Jl. Diponegoro", "Jl. Jenderal Sudirman", "Jl. M.H. Thamrin", "Jl. Gatot Subroto",
        "Jl. Ahmad Yani", "Jl. Pahlawan", "Jl. Pemuda", "Jl. Gajah Mada", "Jl. Hayam Wuruk",
        "Jl. Veteran", "Jl. Kartini", "Jl. Cut Nyak Dien", "Jl. Imam Bonjol", "Jl. Teuku Umar",
        "Jl. Dr. Sutomo", "Jl. Sisingamangaraja", "Jl. Pattimura", "Jl. Sam Ratulangi", "Jl. Sultan Hasanuddin",
        "Jl. Ki Hajar Dewantara", "Jl. Dewi Sartika", "Jl. Gunung Sahari", "Jl. Raya Bogor", "Jl. Asia Afrika",
        "Jl. Braga", "Jl. Kaliurang", "Jl. Raya Darmo", "Jl. Basuki Rahmat", "Jl. Pangeran Antasari",
        "Jl. Panglima Polim", "Jl. Pramuka", "Jl. Kenanga", "Jl. Melati", "Jl. Mawar",
        "Jl. Anggrek", "Jl. Flamboyan", "Jl. Cempaka", "Jl. Dahlia", "Jl. Raya Industri",
        "Jl. Pelabuhan", "Jl. Pasar Baru", "Jl. Stasiun", "Jl. Sultan Agung", "Jl. Slamet Riyadi",
        "Jl. Teuku Cik Ditiro", "Jl. Kapten Tendean", "Jl. Letjen Suprapto", "Jl. Raya Kawasan Industri", "Jl. Bypass Ngurah Rai",
    ]

    static let skills: [LocalizedText] = [
        LocalizedText(id: "Microsoft Excel", en: "Microsoft Excel"),
        LocalizedText(id: "Microsoft Word", en: "Microsoft Word"),
        LocalizedText(id: "Microsoft PowerPoint", en: "Microsoft PowerPoint"),
        LocalizedText(id: "Mengetik cepat sepuluh jari", en: "Touch typing"),
        LocalizedText(id: "Entri data", en: "Data entry"),
        LocalizedText(id: "Transkripsi audio", en: "Audio transcription"),
        LocalizedText(id: "Administrasi perkantoran", en: "Office administration"),
        LocalizedText(id: "Pengarsipan", en: "Filing and records management"),
        LocalizedText(id: "Korespondensi surat", en: "Business correspondence"),
        LocalizedText(id: "Akuntansi dasar", en: "Basic accounting"),
        LocalizedText(id: "Pembukuan", en: "Bookkeeping"),
        LocalizedText(id: "Perpajakan (PPh dan PPN)", en: "Tax (income tax and VAT)"),
        LocalizedText(id: "Aplikasi akuntansi (Accurate, MYOB)", en: "Accounting software (Accurate, MYOB)"),
        LocalizedText(id: "Menjahit", en: "Sewing"),
        LocalizedText(id: "Menjahit dengan mesin industri", en: "Industrial sewing machine operation"),
        LocalizedText(id: "Membuat pola pakaian", en: "Garment pattern making"),
        LocalizedText(id: "Membatik tulis", en: "Hand-drawn batik (batik tulis)"),
        LocalizedText(id: "Membatik cap", en: "Stamped batik (batik cap)"),
        LocalizedText(id: "Anyaman bambu dan rotan", en: "Bamboo and rattan weaving"),
        LocalizedText(id: "Kerajinan kulit", en: "Leathercraft"),
        LocalizedText(id: "Sablon", en: "Screen printing"),
        LocalizedText(id: "Pijat tradisional", en: "Traditional massage"),
        LocalizedText(id: "Pijat refleksi", en: "Reflexology"),
        LocalizedText(id: "Bahasa Isyarat Indonesia (BISINDO)", en: "Indonesian Sign Language (BISINDO)"),
        LocalizedText(id: "Membaca dan menulis Braille", en: "Braille reading and writing"),
        LocalizedText(id: "Pembaca layar (NVDA, TalkBack)", en: "Screen readers (NVDA, TalkBack)"),
        LocalizedText(id: "Layanan pelanggan", en: "Customer service"),
        LocalizedText(id: "Komunikasi melalui telepon", en: "Telephone communication"),
        LocalizedText(id: "Penjualan", en: "Sales"),
        LocalizedText(id: "Mengoperasikan mesin kasir (POS)", en: "Point-of-sale (POS) operation"),
        LocalizedText(id: "Menangani uang tunai", en: "Cash handling"),
        LocalizedText(id: "Meracik kopi", en: "Coffee brewing (barista)"),
        LocalizedText(id: "Memasak", en: "Cooking"),
        LocalizedText(id: "Membuat roti dan kue", en: "Baking and pastry"),
        LocalizedText(id: "Keamanan pangan (HACCP)", en: "Food safety (HACCP)"),
        LocalizedText(id: "Pengemasan produk", en: "Product packing"),
        LocalizedText(id: "Pengelolaan stok gudang", en: "Warehouse stock control"),
        LocalizedText(id: "Mengemudi mobil (SIM A)", en: "Car driving (licence A)"),
        LocalizedText(id: "Mengendarai sepeda motor (SIM C)", en: "Motorcycle riding (licence C)"),
        LocalizedText(id: "Mengoperasikan forklift", en: "Forklift operation"),
        LocalizedText(id: "Pengelasan", en: "Welding"),
        LocalizedText(id: "Instalasi listrik", en: "Electrical installation"),
        LocalizedText(id: "Perbaikan sepeda motor", en: "Motorcycle repair"),
        LocalizedText(id: "Perbaikan ponsel", en: "Mobile phone repair"),
        LocalizedText(id: "Perakitan komponen elektronik", en: "Electronic assembly"),
        LocalizedText(id: "Pertukangan kayu", en: "Carpentry"),
        LocalizedText(id: "Membaca gambar teknik", en: "Reading technical drawings"),
        LocalizedText(id: "AutoCAD", en: "AutoCAD"),
        LocalizedText(id: "Pengendalian mutu", en: "Quality control"),
        LocalizedText(id: "Keselamatan dan Kesehatan Kerja (K3)", en: "Occupational safety and health"),
        LocalizedText(id: "Desain grafis (CorelDRAW, Photoshop)", en: "Graphic design (CorelDRAW, Photoshop)"),
        LocalizedText(id: "Desain UI/UX", en: "UI/UX design"),
        LocalizedText(id: "Pemrograman Python", en: "Python programming"),
        LocalizedText(id: "Pemrograman Java", en: "Java programming"),
        LocalizedText(id: "Pengembangan web (HTML, CSS, JavaScript)", en: "Web development (HTML, CSS, JavaScript)"),
        LocalizedText(id: "Pengujian perangkat lunak", en: "Software testing"),
        LocalizedText(id: "Pengujian aksesibilitas digital", en: "Digital accessibility testing"),
        LocalizedText(id: "SQL dan basis data", en: "SQL and databases"),
        LocalizedText(id: "Fotografi produk", en: "Product photography"),
        LocalizedText(id: "Penyuntingan video", en: "Video editing"),
        LocalizedText(id: "Pemasaran media sosial", en: "Social media marketing"),
        LocalizedText(id: "Mengelola toko daring (Shopee, Tokopedia)", en: "Online shop management (Shopee, Tokopedia)"),
        LocalizedText(id: "Menulis konten", en: "Content writing"),
        LocalizedText(id: "Penerjemahan Inggris-Indonesia", en: "English-Indonesian translation"),
        LocalizedText(id: "Bahasa Inggris", en: "English"),
        LocalizedText(id: "Bahasa Mandarin", en: "Mandarin Chinese"),
        LocalizedText(id: "Bahasa Jepang", en: "Japanese"),
        LocalizedText(id: "Berbicara di depan umum", en: "Public speaking"),
        LocalizedText(id: "Mengajar", en: "Teaching"),
        LocalizedText(id: "Pendidikan inklusif", en: "Inclusive education"),
        LocalizedText(id: "Pengasuhan anak", en: "Childcare"),
        LocalizedText(id: "Perawatan lansia", en: "Elderly care"),
        LocalizedText(id: "Pertolongan pertama", en: "First aid"),
        LocalizedText(id: "Kebersihan gedung", en: "Building cleaning"),
        LocalizedText(id: "Laundry dan setrika", en: "Laundry and ironing"),
        LocalizedText(id: "Berkebun dan pertamanan", en: "Gardening and landscaping"),
        LocalizedText(id: "Hidroponik", en: "Hydroponics"),
        LocalizedText(id: "Budidaya ikan air tawar", en: "Freshwater fish farming"),
        LocalizedText(id: "Tata rias", en: "Make-up"),
        LocalizedText(id: "Potong rambut", en: "Haircutting"),
        LocalizedText(id: "Siaran radio", en: "Radio broadcasting"),
    ]

    /// Occupations across KBJI major groups 2-9: jobs where Indonesian placement services often
    /// place people with disabilities, and physically demanding jobs, so that matching shows contrasts.
    ///
    /// Demand levels use each dimension's scale: lifting 0 sedentary (up to 5 kg), 1 light (up to
    /// 10 kg), 2 medium (up to 23 kg), 3 heavy (up to 45 kg), 4 very heavy; frequency dimensions
    /// 0 never, 1 occasionally, 2 frequently, 3 constantly; literacy, planning, stress and autonomy
    /// 1 to 5; pace, public contact and environment 0 to 4.
    static let occupations: [DemoOccupation] = [
        // MARK: 2 Professionals
        DemoOccupation(
            kbji: "2411", title: LocalizedText(id: "Akuntan", en: "Accountant"),
            demands: [.sitting: 3, .fineManipulation: 2, .nearVision: 3, .hearing: 1, .speaking: 1, .literacy: 5,
                      .sustainedAttention: 3, .memoryLearning: 2, .planning: 4, .pace: 2, .stressChange: 3,
                      .publicContact: 1, .autonomy: 4],
            minEducation: .s1, wageRange: 6_000_000...12_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "2341", title: LocalizedText(id: "Guru Sekolah Dasar", en: "Primary school teacher"),
            demands: [.lifting: 1, .sitting: 1, .standingWalking: 2, .nearVision: 2, .farVision: 2, .hearing: 3,
                      .speaking: 3, .literacy: 4, .memoryLearning: 2, .planning: 3, .pace: 2, .stressChange: 4,
                      .publicContact: 3, .autonomy: 4, .noise: 2],
            minEducation: .s1, wageRange: 3_000_000...6_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "2330", title: LocalizedText(id: "Guru SMA/SMK", en: "Secondary school teacher"),
            demands: [.sitting: 1, .standingWalking: 2, .nearVision: 2, .farVision: 2, .hearing: 3, .speaking: 3,
                      .literacy: 5, .memoryLearning: 2, .planning: 4, .pace: 2, .stressChange: 4,
                      .publicContact: 3, .autonomy: 4, .noise: 1],
            minEducation: .s1, wageRange: 3_500_000...7_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "2352", title: LocalizedText(id: "Guru Pendidikan Khusus (SLB)", en: "Special needs teacher"),
            demands: [.lifting: 1, .standingWalking: 2, .stoopingKneeling: 1, .handling: 1, .nearVision: 2,
                      .farVision: 2, .hearing: 2, .speaking: 3, .literacy: 4, .memoryLearning: 2, .planning: 4,
                      .pace: 1, .stressChange: 4, .publicContact: 3, .autonomy: 4],
            minEducation: .s1, wageRange: 3_200_000...6_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "2359", title: LocalizedText(id: "Tutor Bimbingan Belajar (Paruh Waktu)", en: "Private tutor (part time)"),
            demands: [.sitting: 2, .nearVision: 2, .hearing: 3, .speaking: 3, .literacy: 4, .memoryLearning: 2,
                      .planning: 3, .pace: 1, .stressChange: 2, .publicContact: 2, .autonomy: 4],
            minEducation: .d3, wageRange: 1_500_000...3_000_000, hoursPerWeek: 20,
            nightShift: false, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "2512", title: LocalizedText(id: "Pengembang Perangkat Lunak", en: "Software developer"),
            demands: [.sitting: 3, .fineManipulation: 3, .nearVision: 3, .hearing: 1, .speaking: 1, .literacy: 4,
                      .sustainedAttention: 3, .memoryLearning: 3, .planning: 5, .pace: 2, .stressChange: 3,
                      .autonomy: 4],
            minEducation: .s1, wageRange: 7_000_000...18_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "2513", title: LocalizedText(id: "Pengembang Web", en: "Web developer"),
            demands: [.sitting: 3, .fineManipulation: 3, .nearVision: 3, .farVision: 1, .hearing: 1, .speaking: 1,
                      .literacy: 4, .sustainedAttention: 3, .memoryLearning: 3, .planning: 4, .pace: 2,
                      .stressChange: 3, .autonomy: 4],
            minEducation: .d3, wageRange: 5_500_000...12_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "2519", title: LocalizedText(id: "Penguji Perangkat Lunak (QA Tester)", en: "Software tester (QA)"),
            demands: [.sitting: 3, .fineManipulation: 3, .nearVision: 3, .hearing: 1, .speaking: 1, .literacy: 4,
                      .sustainedAttention: 3, .memoryLearning: 2, .planning: 3, .pace: 2, .stressChange: 2,
                      .autonomy: 3],
            minEducation: .d3, wageRange: 5_000_000...10_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "2166", title: LocalizedText(id: "Desainer Grafis", en: "Graphic designer"),
            demands: [.sitting: 3, .fineManipulation: 3, .nearVision: 3, .farVision: 2, .hearing: 1, .speaking: 1,
                      .literacy: 3, .sustainedAttention: 3, .memoryLearning: 2, .planning: 3, .pace: 3,
                      .stressChange: 3, .autonomy: 3],
            minEducation: .d3, wageRange: 4_500_000...9_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "2431", title: LocalizedText(id: "Staf Pemasaran Digital", en: "Digital marketing specialist"),
            demands: [.sitting: 3, .fineManipulation: 3, .nearVision: 3, .hearing: 1, .speaking: 1, .literacy: 4,
                      .memoryLearning: 2, .planning: 4, .pace: 3, .stressChange: 3, .publicContact: 1, .autonomy: 4],
            minEducation: .s1, wageRange: 5_000_000...10_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "2423", title: LocalizedText(id: "Staf Rekrutmen (HR)", en: "Recruitment officer (HR)"),
            demands: [.sitting: 2, .standingWalking: 1, .fineManipulation: 2, .nearVision: 2, .hearing: 3,
                      .speaking: 3, .literacy: 4, .memoryLearning: 2, .planning: 3, .pace: 2, .stressChange: 3,
                      .publicContact: 3, .autonomy: 3],
            minEducation: .s1, wageRange: 5_000_000...9_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "2635", title: LocalizedText(id: "Pekerja Sosial", en: "Social worker"),
            demands: [.sitting: 1, .standingWalking: 2, .nearVision: 2, .hearing: 3, .speaking: 3, .literacy: 4,
                      .memoryLearning: 2, .planning: 4, .pace: 2, .stressChange: 4, .publicContact: 4, .autonomy: 4,
                      .temperature: 1],
            minEducation: .s1, wageRange: 4_000_000...7_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "2641", title: LocalizedText(id: "Penulis Konten", en: "Content writer"),
            demands: [.sitting: 3, .fineManipulation: 3, .nearVision: 3, .literacy: 5, .sustainedAttention: 3,
                      .memoryLearning: 2, .planning: 3, .pace: 2, .stressChange: 2, .autonomy: 4],
            minEducation: .d3, wageRange: 4_000_000...8_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "2643", title: LocalizedText(id: "Penerjemah Dokumen", en: "Document translator"),
            demands: [.sitting: 3, .fineManipulation: 2, .nearVision: 3, .literacy: 5, .sustainedAttention: 3,
                      .memoryLearning: 2, .planning: 3, .pace: 2, .stressChange: 2, .autonomy: 4],
            minEducation: .s1, wageRange: 5_000_000...10_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "2656", title: LocalizedText(id: "Penyiar Radio", en: "Radio announcer"),
            demands: [.sitting: 3, .handling: 1, .fineManipulation: 2, .nearVision: 1, .hearing: 3, .speaking: 3,
                      .literacy: 4, .sustainedAttention: 3, .memoryLearning: 2, .planning: 3, .pace: 3,
                      .stressChange: 3, .publicContact: 3, .autonomy: 3],
            minEducation: .d3, wageRange: 3_000_000...6_000_000, hoursPerWeek: 40,
            nightShift: true, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "2221", title: LocalizedText(id: "Perawat", en: "Nurse"),
            demands: [.lifting: 3, .standingWalking: 3, .stoopingKneeling: 2, .reaching: 2, .handling: 3,
                      .fineManipulation: 2, .nearVision: 3, .hearing: 3, .speaking: 3, .literacy: 4,
                      .sustainedAttention: 3, .memoryLearning: 3, .planning: 3, .pace: 3, .stressChange: 5,
                      .publicContact: 3, .autonomy: 3, .dustChemicals: 1],
            minEducation: .d3, wageRange: 4_000_000...7_500_000, hoursPerWeek: 40,
            nightShift: true, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "2264", title: LocalizedText(id: "Fisioterapis", en: "Physiotherapist"),
            demands: [.lifting: 2, .standingWalking: 3, .stoopingKneeling: 2, .reaching: 2, .handling: 3,
                      .hearing: 2, .speaking: 3, .literacy: 4, .memoryLearning: 2, .planning: 3, .pace: 2,
                      .stressChange: 3, .publicContact: 3, .autonomy: 4],
            minEducation: .d3, wageRange: 5_000_000...9_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),

        // MARK: 3 Technicians and associate professionals
        DemoOccupation(
            kbji: "3313", title: LocalizedText(id: "Staf Akuntansi", en: "Accounting staff"),
            demands: [.sitting: 3, .fineManipulation: 3, .nearVision: 3, .hearing: 1, .speaking: 1, .literacy: 4,
                      .sustainedAttention: 3, .memoryLearning: 2, .planning: 3, .pace: 2, .stressChange: 2,
                      .autonomy: 3],
            minEducation: .d3, wageRange: 4_500_000...7_500_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "3252", title: LocalizedText(id: "Perekam Medis", en: "Medical records officer"),
            demands: [.sitting: 3, .reaching: 1, .handling: 1, .fineManipulation: 2, .nearVision: 3, .hearing: 1,
                      .speaking: 1, .literacy: 4, .sustainedAttention: 3, .memoryLearning: 2, .planning: 2, .pace: 2,
                      .autonomy: 3],
            minEducation: .d3, wageRange: 3_500_000...6_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "3512", title: LocalizedText(id: "Teknisi Dukungan TI", en: "IT support technician"),
            demands: [.lifting: 1, .sitting: 2, .standingWalking: 2, .stoopingKneeling: 2, .reaching: 2,
                      .handling: 2, .fineManipulation: 3, .nearVision: 3, .hearing: 2, .speaking: 2, .literacy: 4,
                      .memoryLearning: 3, .planning: 4, .pace: 3, .stressChange: 3, .publicContact: 2,
                      .autonomy: 3],
            minEducation: .d3, wageRange: 4_500_000...8_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "3118", title: LocalizedText(id: "Drafter CAD", en: "CAD draughtsperson"),
            demands: [.sitting: 3, .fineManipulation: 3, .nearVision: 3, .farVision: 1, .literacy: 4,
                      .sustainedAttention: 3, .memoryLearning: 2, .planning: 3, .pace: 2, .stressChange: 2,
                      .autonomy: 3],
            minEducation: .smk, wageRange: 4_000_000...7_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "3255", title: LocalizedText(id: "Terapis Pijat", en: "Massage therapist"),
            demands: [.lifting: 1, .standingWalking: 2, .stoopingKneeling: 1, .reaching: 3, .handling: 3,
                      .fineManipulation: 2, .hearing: 2, .speaking: 2, .memoryLearning: 1, .pace: 2,
                      .stressChange: 2, .publicContact: 3, .autonomy: 3],
            minEducation: .smp, wageRange: 2_500_000...5_000_000, hoursPerWeek: 48,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "3322", title: LocalizedText(id: "Sales Lapangan", en: "Field sales representative"),
            demands: [.lifting: 1, .standingWalking: 3, .farVision: 2, .hearing: 3, .speaking: 3, .literacy: 3,
                      .memoryLearning: 2, .planning: 3, .pace: 3, .stressChange: 4, .publicContact: 4,
                      .autonomy: 4, .temperature: 2],
            minEducation: .sma, wageRange: 3_500_000...7_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: [.driving]),
        DemoOccupation(
            kbji: "3431", title: LocalizedText(id: "Fotografer Produk", en: "Product photographer"),
            demands: [.lifting: 1, .standingWalking: 2, .stoopingKneeling: 2, .reaching: 2, .handling: 3,
                      .fineManipulation: 2, .nearVision: 3, .farVision: 3, .hearing: 1, .speaking: 1, .literacy: 2,
                      .planning: 3, .autonomy: 3, .light: 2],
            minEducation: .smk, wageRange: 3_500_000...7_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "3434", title: LocalizedText(id: "Kepala Juru Masak (Chef)", en: "Chef"),
            demands: [.lifting: 2, .standingWalking: 3, .stoopingKneeling: 1, .reaching: 2, .handling: 3,
                      .fineManipulation: 2, .nearVision: 2, .hearing: 2, .speaking: 2, .memoryLearning: 2,
                      .planning: 4, .pace: 4, .stressChange: 4, .autonomy: 4, .noise: 2, .temperature: 3],
            minEducation: .smk, wageRange: 4_500_000...9_000_000, hoursPerWeek: 48,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "3257", title: LocalizedText(id: "Petugas K3", en: "Occupational safety officer"),
            demands: [.standingWalking: 3, .climbingBalancing: 2, .nearVision: 2, .farVision: 2, .hearing: 2,
                      .speaking: 3, .literacy: 4, .memoryLearning: 2, .planning: 4, .stressChange: 3,
                      .publicContact: 2, .autonomy: 4, .noise: 3, .temperature: 2, .dustChemicals: 2, .heights: 2],
            minEducation: .d3, wageRange: 5_000_000...9_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: [.workAtHeights]),

        // MARK: 4 Clerical support workers
        DemoOccupation(
            kbji: "4132", title: LocalizedText(id: "Operator Entri Data", en: "Data entry operator"),
            demands: [.sitting: 3, .handling: 1, .fineManipulation: 3, .nearVision: 3, .literacy: 3,
                      .sustainedAttention: 3, .memoryLearning: 1, .pace: 3, .stressChange: 2, .autonomy: 2],
            minEducation: .sma, wageRange: 2_800_000...4_800_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "4131", title: LocalizedText(id: "Transkriptor Audio (Paruh Waktu)", en: "Audio transcriptionist (part time)"),
            demands: [.sitting: 3, .fineManipulation: 3, .nearVision: 2, .hearing: 3, .literacy: 4,
                      .sustainedAttention: 3, .memoryLearning: 1, .pace: 2, .autonomy: 4],
            minEducation: .sma, wageRange: 1_800_000...3_000_000, hoursPerWeek: 25,
            nightShift: false, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "4110", title: LocalizedText(id: "Staf Administrasi", en: "Administrative assistant"),
            demands: [.lifting: 1, .sitting: 3, .standingWalking: 1, .reaching: 1, .handling: 1,
                      .fineManipulation: 3, .nearVision: 3, .hearing: 2, .speaking: 2, .literacy: 4,
                      .sustainedAttention: 2, .memoryLearning: 2, .planning: 3, .pace: 2, .stressChange: 2,
                      .publicContact: 2, .autonomy: 3],
            minEducation: .sma, wageRange: 3_000_000...5_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "4110", title: LocalizedText(id: "Asisten Administrasi (Paruh Waktu)", en: "Office assistant (part time)"),
            demands: [.sitting: 3, .handling: 1, .fineManipulation: 2, .nearVision: 3, .hearing: 1, .speaking: 1,
                      .literacy: 3, .sustainedAttention: 2, .memoryLearning: 1, .pace: 1, .autonomy: 2],
            minEducation: .sma, wageRange: 1_500_000...2_500_000, hoursPerWeek: 20,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "4222", title: LocalizedText(id: "Agen Call Center", en: "Call centre agent"),
            demands: [.sitting: 3, .fineManipulation: 2, .nearVision: 2, .hearing: 3, .speaking: 3, .literacy: 3,
                      .sustainedAttention: 3, .memoryLearning: 2, .pace: 3, .stressChange: 4, .publicContact: 4,
                      .autonomy: 2, .noise: 1],
            minEducation: .sma, wageRange: 3_500_000...5_500_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "4222", title: LocalizedText(id: "Agen Layanan Live Chat", en: "Live chat support agent"),
            demands: [.sitting: 3, .fineManipulation: 3, .nearVision: 3, .literacy: 4, .sustainedAttention: 3,
                      .memoryLearning: 2, .pace: 3, .stressChange: 3, .publicContact: 3, .autonomy: 2],
            minEducation: .sma, wageRange: 3_200_000...5_000_000, hoursPerWeek: 40,
            nightShift: true, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "4226", title: LocalizedText(id: "Resepsionis", en: "Receptionist"),
            demands: [.sitting: 2, .standingWalking: 1, .fineManipulation: 2, .nearVision: 2, .farVision: 1,
                      .hearing: 3, .speaking: 3, .literacy: 3, .memoryLearning: 2, .pace: 2, .stressChange: 3,
                      .publicContact: 4, .autonomy: 2],
            minEducation: .sma, wageRange: 3_000_000...5_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "4229", title: LocalizedText(id: "Petugas Layanan Pelanggan", en: "Customer service officer"),
            demands: [.sitting: 2, .standingWalking: 1, .fineManipulation: 2, .nearVision: 2, .hearing: 3,
                      .speaking: 3, .literacy: 3, .memoryLearning: 2, .pace: 2, .stressChange: 4,
                      .publicContact: 4, .autonomy: 2],
            minEducation: .sma, wageRange: 3_500_000...6_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "4211", title: LocalizedText(id: "Teller Bank", en: "Bank teller"),
            demands: [.sitting: 3, .handling: 2, .fineManipulation: 3, .nearVision: 3, .hearing: 3, .speaking: 3,
                      .literacy: 4, .sustainedAttention: 3, .memoryLearning: 2, .pace: 3, .stressChange: 3,
                      .publicContact: 4, .autonomy: 2],
            minEducation: .d3, wageRange: 4_000_000...6_500_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "4311", title: LocalizedText(id: "Staf Pembukuan", en: "Bookkeeping clerk"),
            demands: [.sitting: 3, .fineManipulation: 3, .nearVision: 3, .literacy: 4, .sustainedAttention: 3,
                      .memoryLearning: 2, .planning: 2, .pace: 2, .stressChange: 2, .autonomy: 3],
            minEducation: .smk, wageRange: 3_000_000...5_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "4321", title: LocalizedText(id: "Admin Gudang", en: "Warehouse stock clerk"),
            demands: [.lifting: 1, .sitting: 2, .standingWalking: 2, .reaching: 1, .handling: 2,
                      .fineManipulation: 2, .nearVision: 3, .farVision: 1, .hearing: 1, .speaking: 1, .literacy: 3,
                      .sustainedAttention: 2, .memoryLearning: 2, .planning: 2, .pace: 3, .autonomy: 3, .noise: 2,
                      .dustChemicals: 1],
            minEducation: .smk, wageRange: 3_000_000...4_800_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "4323", title: LocalizedText(id: "Admin Ekspedisi", en: "Dispatch and transport clerk"),
            demands: [.sitting: 2, .standingWalking: 2, .fineManipulation: 2, .nearVision: 3, .hearing: 3,
                      .speaking: 3, .literacy: 3, .memoryLearning: 2, .planning: 3, .pace: 3, .stressChange: 3,
                      .publicContact: 2, .autonomy: 3, .noise: 2],
            minEducation: .smk, wageRange: 3_000_000...5_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "4415", title: LocalizedText(id: "Staf Arsip", en: "Filing clerk"),
            demands: [.lifting: 1, .sitting: 1, .standingWalking: 2, .stoopingKneeling: 2, .reaching: 2,
                      .handling: 2, .fineManipulation: 1, .nearVision: 3, .literacy: 3, .sustainedAttention: 2,
                      .memoryLearning: 1, .pace: 1, .autonomy: 2, .dustChemicals: 1],
            minEducation: .sma, wageRange: 2_600_000...4_200_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "4416", title: LocalizedText(id: "Staf Personalia", en: "Personnel clerk"),
            demands: [.sitting: 3, .fineManipulation: 3, .nearVision: 3, .hearing: 2, .speaking: 2, .literacy: 4,
                      .memoryLearning: 2, .planning: 2, .pace: 2, .stressChange: 2, .publicContact: 2, .autonomy: 3],
            minEducation: .d3, wageRange: 3_200_000...5_500_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),

        // MARK: 5 Service and sales workers
        DemoOccupation(
            kbji: "5230", title: LocalizedText(id: "Kasir", en: "Cashier"),
            demands: [.lifting: 1, .standingWalking: 3, .reaching: 2, .handling: 3, .fineManipulation: 2,
                      .nearVision: 3, .hearing: 2, .speaking: 2, .literacy: 2, .sustainedAttention: 3,
                      .memoryLearning: 1, .pace: 3, .stressChange: 3, .publicContact: 4, .autonomy: 2],
            minEducation: .sma, wageRange: 2_600_000...4_500_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "5223", title: LocalizedText(id: "Pramuniaga", en: "Shop sales assistant"),
            demands: [.lifting: 2, .standingWalking: 3, .stoopingKneeling: 2, .reaching: 2, .handling: 2,
                      .nearVision: 2, .hearing: 2, .speaking: 3, .literacy: 2, .memoryLearning: 2, .pace: 2,
                      .stressChange: 3, .publicContact: 4, .autonomy: 2],
            minEducation: .sma, wageRange: 2_500_000...4_200_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "5244", title: LocalizedText(id: "Telemarketing", en: "Telemarketer"),
            demands: [.sitting: 3, .fineManipulation: 2, .nearVision: 2, .hearing: 3, .speaking: 3, .literacy: 3,
                      .sustainedAttention: 3, .memoryLearning: 2, .pace: 3, .stressChange: 4, .publicContact: 4,
                      .autonomy: 2],
            minEducation: .sma, wageRange: 3_000_000...5_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "5120", title: LocalizedText(id: "Juru Masak", en: "Cook"),
            demands: [.lifting: 2, .standingWalking: 3, .reaching: 2, .handling: 3, .fineManipulation: 2,
                      .nearVision: 2, .hearing: 1, .speaking: 1, .sustainedAttention: 2, .memoryLearning: 2,
                      .pace: 4, .stressChange: 3, .autonomy: 3, .noise: 2, .temperature: 3],
            minEducation: .smk, wageRange: 2_800_000...5_000_000, hoursPerWeek: 48,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "5131", title: LocalizedText(id: "Pramusaji", en: "Waiter"),
            demands: [.lifting: 2, .standingWalking: 3, .climbingBalancing: 1, .stoopingKneeling: 1, .reaching: 2,
                      .handling: 3, .farVision: 2, .hearing: 3, .speaking: 3, .memoryLearning: 2, .pace: 4,
                      .stressChange: 3, .publicContact: 4, .noise: 2],
            minEducation: .sma, wageRange: 2_500_000...4_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "5132", title: LocalizedText(id: "Barista", en: "Barista"),
            demands: [.lifting: 1, .standingWalking: 3, .reaching: 2, .handling: 3, .fineManipulation: 3,
                      .nearVision: 2, .hearing: 2, .speaking: 2, .sustainedAttention: 2, .memoryLearning: 2,
                      .pace: 3, .stressChange: 3, .publicContact: 3, .noise: 2, .temperature: 1],
            minEducation: .sma, wageRange: 2_600_000...4_500_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "5141", title: LocalizedText(id: "Penata Rambut", en: "Hairdresser"),
            demands: [.standingWalking: 3, .reaching: 3, .handling: 3, .fineManipulation: 3, .nearVision: 3,
                      .farVision: 1, .hearing: 2, .speaking: 2, .memoryLearning: 1, .pace: 2, .publicContact: 3,
                      .autonomy: 3, .dustChemicals: 1],
            minEducation: .smp, wageRange: 2_500_000...5_000_000, hoursPerWeek: 48,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "5142", title: LocalizedText(id: "Terapis Spa dan Kecantikan", en: "Spa and beauty therapist"),
            demands: [.standingWalking: 2, .stoopingKneeling: 1, .reaching: 2, .handling: 3, .fineManipulation: 3,
                      .nearVision: 3, .hearing: 2, .speaking: 2, .memoryLearning: 1, .pace: 2, .publicContact: 3,
                      .autonomy: 3, .dustChemicals: 1],
            minEducation: .sma, wageRange: 2_600_000...5_000_000, hoursPerWeek: 48,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "5311", title: LocalizedText(id: "Pengasuh Anak (Daycare)", en: "Childcare worker (daycare)"),
            demands: [.lifting: 2, .standingWalking: 3, .stoopingKneeling: 3, .reaching: 2, .handling: 2,
                      .farVision: 2, .hearing: 3, .speaking: 3, .sustainedAttention: 3, .memoryLearning: 1,
                      .pace: 2, .stressChange: 4, .publicContact: 2, .autonomy: 3, .noise: 2],
            minEducation: .sma, wageRange: 2_500_000...4_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "5321", title: LocalizedText(id: "Pramurukti (Pendamping Lansia)", en: "Care assistant (elderly care)"),
            demands: [.lifting: 3, .standingWalking: 3, .stoopingKneeling: 3, .reaching: 2, .handling: 3,
                      .hearing: 2, .speaking: 2, .sustainedAttention: 2, .memoryLearning: 2, .pace: 2,
                      .stressChange: 4, .publicContact: 2, .autonomy: 3, .dustChemicals: 1],
            minEducation: .sma, wageRange: 2_800_000...4_500_000, hoursPerWeek: 40,
            nightShift: true, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "5164", title: LocalizedText(id: "Groomer Hewan Peliharaan", en: "Pet groomer"),
            demands: [.lifting: 2, .standingWalking: 3, .stoopingKneeling: 2, .reaching: 2, .handling: 3,
                      .fineManipulation: 2, .nearVision: 2, .hearing: 1, .pace: 2, .publicContact: 2, .autonomy: 3,
                      .noise: 2, .dustChemicals: 1],
            minEducation: .smp, wageRange: 2_300_000...4_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "5414", title: LocalizedText(id: "Satpam", en: "Security guard"),
            demands: [.lifting: 2, .standingWalking: 3, .climbingBalancing: 1, .nearVision: 1, .farVision: 3,
                      .hearing: 3, .speaking: 2, .sustainedAttention: 3, .memoryLearning: 1, .stressChange: 4,
                      .publicContact: 3, .autonomy: 3, .noise: 1, .temperature: 2],
            minEducation: .sma, wageRange: 2_800_000...5_000_000, hoursPerWeek: 48,
            nightShift: true, remotePossible: false, safetyTasks: []),

        // MARK: 6 Skilled agricultural, forestry and fishery workers
        DemoOccupation(
            kbji: "6113", title: LocalizedText(id: "Petani Hidroponik", en: "Hydroponic grower"),
            demands: [.lifting: 2, .standingWalking: 3, .stoopingKneeling: 2, .reaching: 2, .handling: 2,
                      .fineManipulation: 2, .nearVision: 2, .farVision: 1, .literacy: 2, .memoryLearning: 2,
                      .planning: 2, .autonomy: 3, .temperature: 3, .dustChemicals: 1, .light: 2],
            minEducation: .smp, wageRange: 2_200_000...3_800_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "6122", title: LocalizedText(id: "Pekerja Peternakan Ayam", en: "Poultry farm worker"),
            demands: [.lifting: 3, .standingWalking: 3, .stoopingKneeling: 3, .reaching: 2, .handling: 2,
                      .farVision: 1, .planning: 2, .autonomy: 3, .noise: 2, .temperature: 3, .dustChemicals: 3],
            minEducation: .smp, wageRange: 2_200_000...3_500_000, hoursPerWeek: 48,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "6221", title: LocalizedText(id: "Pembudidaya Ikan", en: "Fish farm worker"),
            demands: [.lifting: 3, .standingWalking: 3, .climbingBalancing: 2, .stoopingKneeling: 2, .reaching: 2,
                      .handling: 2, .farVision: 1, .planning: 2, .autonomy: 3, .temperature: 3, .dustChemicals: 1,
                      .light: 1],
            minEducation: .smp, wageRange: 2_200_000...3_800_000, hoursPerWeek: 48,
            nightShift: false, remotePossible: false, safetyTasks: []),

        // MARK: 7 Craft and related trades workers
        DemoOccupation(
            kbji: "7531", title: LocalizedText(id: "Penjahit", en: "Tailor"),
            demands: [.sitting: 3, .reaching: 1, .handling: 3, .fineManipulation: 3, .footControls: 2,
                      .nearVision: 3, .farVision: 1, .literacy: 2, .sustainedAttention: 3, .memoryLearning: 2,
                      .planning: 2, .pace: 2, .publicContact: 1, .autonomy: 4, .noise: 1],
            minEducation: .smp, wageRange: 2_300_000...4_500_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "7318", title: LocalizedText(id: "Pengrajin Batik", en: "Batik artisan"),
            demands: [.sitting: 3, .handling: 2, .fineManipulation: 3, .nearVision: 3, .farVision: 2,
                      .sustainedAttention: 3, .memoryLearning: 2, .pace: 1, .autonomy: 3, .temperature: 2,
                      .dustChemicals: 2],
            minEducation: .sd, wageRange: 2_200_000...3_800_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "7317", title: LocalizedText(id: "Pengrajin Anyaman Bambu dan Rotan", en: "Bamboo and rattan weaver"),
            demands: [.sitting: 3, .reaching: 2, .handling: 3, .fineManipulation: 3, .nearVision: 2,
                      .sustainedAttention: 2, .memoryLearning: 1, .pace: 2, .autonomy: 3, .dustChemicals: 1],
            minEducation: .sd, wageRange: 2_200_000...3_500_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: true, safetyTasks: []),
        DemoOccupation(
            kbji: "7512", title: LocalizedText(id: "Pembuat Roti dan Kue", en: "Baker"),
            demands: [.lifting: 2, .standingWalking: 3, .reaching: 2, .handling: 3, .fineManipulation: 2,
                      .nearVision: 2, .sustainedAttention: 2, .memoryLearning: 2, .pace: 3, .autonomy: 3, .noise: 1,
                      .temperature: 3, .dustChemicals: 2],
            minEducation: .smk, wageRange: 2_500_000...4_500_000, hoursPerWeek: 40,
            nightShift: true, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "7543", title: LocalizedText(id: "Staf Quality Control Garmen", en: "Garment quality inspector"),
            demands: [.sitting: 2, .standingWalking: 2, .reaching: 2, .handling: 3, .fineManipulation: 2,
                      .nearVision: 3, .farVision: 2, .literacy: 3, .sustainedAttention: 3, .memoryLearning: 2,
                      .pace: 3, .autonomy: 2, .noise: 2, .light: 1],
            minEducation: .sma, wageRange: 2_800_000...4_800_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "7322", title: LocalizedText(id: "Operator Sablon dan Cetak Digital", en: "Screen and digital print operator"),
            demands: [.lifting: 2, .standingWalking: 3, .reaching: 2, .handling: 3, .fineManipulation: 2,
                      .nearVision: 3, .farVision: 2, .memoryLearning: 2, .pace: 3, .autonomy: 3, .noise: 2,
                      .dustChemicals: 3],
            minEducation: .smk, wageRange: 2_600_000...4_500_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "7421", title: LocalizedText(id: "Teknisi Servis Elektronik", en: "Electronics repair technician"),
            demands: [.lifting: 2, .sitting: 2, .standingWalking: 1, .handling: 3, .fineManipulation: 3,
                      .nearVision: 3, .farVision: 1, .hearing: 1, .speaking: 1, .literacy: 3,
                      .sustainedAttention: 3, .memoryLearning: 2, .planning: 4, .publicContact: 2, .autonomy: 4,
                      .dustChemicals: 1],
            minEducation: .smk, wageRange: 2_800_000...5_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "7422", title: LocalizedText(id: "Teknisi Komputer dan Ponsel", en: "Computer and mobile phone technician"),
            demands: [.sitting: 3, .handling: 2, .fineManipulation: 3, .nearVision: 3, .hearing: 2, .speaking: 2,
                      .literacy: 3, .sustainedAttention: 3, .memoryLearning: 3, .planning: 4, .pace: 2,
                      .publicContact: 2, .autonomy: 4],
            minEducation: .smk, wageRange: 2_800_000...5_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "7231", title: LocalizedText(id: "Mekanik Sepeda Motor", en: "Motorcycle mechanic"),
            demands: [.lifting: 2, .standingWalking: 2, .stoopingKneeling: 3, .reaching: 2, .handling: 3,
                      .fineManipulation: 3, .nearVision: 3, .farVision: 2, .hearing: 2, .speaking: 2,
                      .memoryLearning: 2, .planning: 3, .publicContact: 2, .autonomy: 3, .noise: 3,
                      .dustChemicals: 3, .vibration: 1],
            minEducation: .smk, wageRange: 2_600_000...4_500_000, hoursPerWeek: 48,
            nightShift: false, remotePossible: false, safetyTasks: [.driving]),
        DemoOccupation(
            kbji: "7411", title: LocalizedText(id: "Teknisi Listrik Bangunan", en: "Building electrician"),
            demands: [.lifting: 2, .standingWalking: 3, .climbingBalancing: 3, .stoopingKneeling: 3, .reaching: 3,
                      .handling: 3, .fineManipulation: 3, .nearVision: 3, .farVision: 2, .literacy: 3,
                      .memoryLearning: 2, .planning: 3, .autonomy: 4, .temperature: 2, .dustChemicals: 1,
                      .heights: 3],
            minEducation: .smk, wageRange: 3_500_000...6_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: [.workAtHeights]),
        DemoOccupation(
            kbji: "7115", title: LocalizedText(id: "Tukang Kayu", en: "Carpenter"),
            demands: [.lifting: 3, .standingWalking: 3, .climbingBalancing: 2, .stoopingKneeling: 3, .reaching: 3,
                      .handling: 3, .fineManipulation: 2, .nearVision: 2, .farVision: 2, .literacy: 2, .planning: 3,
                      .autonomy: 3, .noise: 3, .temperature: 2, .dustChemicals: 3, .vibration: 2, .heights: 1],
            minEducation: .smp, wageRange: 2_800_000...5_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: [.hazardousMachinery]),
        DemoOccupation(
            kbji: "7212", title: LocalizedText(id: "Tukang Las", en: "Welder"),
            demands: [.lifting: 3, .standingWalking: 2, .climbingBalancing: 2, .stoopingKneeling: 3, .reaching: 3,
                      .handling: 3, .fineManipulation: 2, .nearVision: 3, .autonomy: 3, .noise: 3,
                      .temperature: 3, .dustChemicals: 3, .light: 4, .vibration: 1, .heights: 2],
            minEducation: .smk, wageRange: 3_200_000...6_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: [.hazardousMachinery, .workAtHeights]),
        DemoOccupation(
            kbji: "7112", title: LocalizedText(id: "Tukang Batu", en: "Bricklayer"),
            demands: [.lifting: 4, .standingWalking: 3, .climbingBalancing: 3, .stoopingKneeling: 3, .reaching: 3,
                      .handling: 3, .fineManipulation: 1, .nearVision: 1, .farVision: 2, .planning: 2,
                      .noise: 2, .temperature: 3, .dustChemicals: 3, .vibration: 1, .heights: 3],
            minEducation: .sd, wageRange: 2_800_000...4_500_000, hoursPerWeek: 48,
            nightShift: false, remotePossible: false, safetyTasks: [.workAtHeights]),

        // MARK: 8 Plant and machine operators and assemblers
        DemoOccupation(
            kbji: "8153", title: LocalizedText(id: "Operator Jahit Garmen", en: "Garment sewing machine operator"),
            demands: [.sitting: 3, .reaching: 2, .handling: 3, .fineManipulation: 3, .footControls: 3,
                      .nearVision: 3, .sustainedAttention: 3, .memoryLearning: 1, .pace: 4, .stressChange: 3,
                      .noise: 3, .dustChemicals: 2, .vibration: 1],
            minEducation: .smp, wageRange: 2_400_000...5_200_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "8152", title: LocalizedText(id: "Operator Mesin Tenun", en: "Weaving machine operator"),
            demands: [.lifting: 2, .standingWalking: 3, .reaching: 2, .handling: 3, .fineManipulation: 2,
                      .nearVision: 3, .farVision: 2, .sustainedAttention: 3, .pace: 3, .noise: 4,
                      .temperature: 2, .dustChemicals: 2, .vibration: 2],
            minEducation: .smp, wageRange: 2_300_000...4_500_000, hoursPerWeek: 40,
            nightShift: true, remotePossible: false, safetyTasks: [.hazardousMachinery]),
        DemoOccupation(
            kbji: "8212", title: LocalizedText(id: "Operator Perakitan Elektronik", en: "Electronics assembly operator"),
            demands: [.sitting: 3, .reaching: 2, .handling: 3, .fineManipulation: 3, .nearVision: 3, .farVision: 1,
                      .sustainedAttention: 3, .memoryLearning: 1, .pace: 4, .stressChange: 3, .noise: 1, .light: 1],
            minEducation: .sma, wageRange: 4_500_000...5_500_000, hoursPerWeek: 40,
            nightShift: true, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "8142", title: LocalizedText(id: "Operator Mesin Injeksi Plastik", en: "Plastic injection moulding operator"),
            demands: [.lifting: 2, .standingWalking: 3, .reaching: 2, .handling: 3, .nearVision: 2, .hearing: 1,
                      .sustainedAttention: 3, .pace: 4, .stressChange: 3, .noise: 3, .temperature: 3,
                      .dustChemicals: 2, .vibration: 1],
            minEducation: .sma, wageRange: 3_500_000...5_500_000, hoursPerWeek: 40,
            nightShift: true, remotePossible: false, safetyTasks: [.hazardousMachinery]),
        DemoOccupation(
            kbji: "8160", title: LocalizedText(id: "Operator Mesin Pengolahan Makanan", en: "Food processing machine operator"),
            demands: [.lifting: 2, .standingWalking: 3, .reaching: 2, .handling: 3, .nearVision: 2, .hearing: 1,
                      .sustainedAttention: 3, .memoryLearning: 2, .pace: 4, .stressChange: 2, .noise: 3,
                      .temperature: 2, .vibration: 1],
            minEducation: .sma, wageRange: 2_600_000...5_000_000, hoursPerWeek: 40,
            nightShift: true, remotePossible: false, safetyTasks: [.hazardousMachinery]),
        DemoOccupation(
            kbji: "8322", title: LocalizedText(id: "Pengemudi Mobil", en: "Car driver"),
            demands: [.lifting: 1, .sitting: 3, .reaching: 1, .handling: 2, .footControls: 3, .nearVision: 1,
                      .farVision: 3, .hearing: 2, .speaking: 1, .sustainedAttention: 3, .memoryLearning: 1,
                      .planning: 2, .stressChange: 3, .publicContact: 2, .autonomy: 4, .vibration: 2],
            minEducation: .sma, wageRange: 3_000_000...5_500_000, hoursPerWeek: 48,
            nightShift: false, remotePossible: false, safetyTasks: [.driving]),
        DemoOccupation(
            kbji: "8332", title: LocalizedText(id: "Sopir Truk", en: "Truck driver"),
            demands: [.lifting: 2, .sitting: 3, .climbingBalancing: 1, .handling: 3, .footControls: 3,
                      .farVision: 3, .hearing: 2, .sustainedAttention: 3, .planning: 2, .stressChange: 3,
                      .autonomy: 4, .noise: 2, .temperature: 2, .vibration: 3],
            minEducation: .smp, wageRange: 3_500_000...6_500_000, hoursPerWeek: 48,
            nightShift: true, remotePossible: false, safetyTasks: [.driving]),
        DemoOccupation(
            kbji: "8321", title: LocalizedText(id: "Kurir Sepeda Motor", en: "Motorcycle courier"),
            demands: [.lifting: 2, .sitting: 2, .standingWalking: 2, .handling: 2, .footControls: 2,
                      .nearVision: 2, .farVision: 3, .hearing: 2, .speaking: 2, .memoryLearning: 2, .planning: 2,
                      .pace: 4, .stressChange: 3, .publicContact: 2, .autonomy: 4, .temperature: 3,
                      .dustChemicals: 2, .vibration: 2],
            minEducation: .sma, wageRange: 2_500_000...4_500_000, hoursPerWeek: 48,
            nightShift: false, remotePossible: false, safetyTasks: [.driving]),
        DemoOccupation(
            kbji: "8344", title: LocalizedText(id: "Operator Forklift", en: "Forklift operator"),
            demands: [.sitting: 3, .climbingBalancing: 1, .reaching: 2, .handling: 3, .footControls: 3,
                      .nearVision: 2, .farVision: 3, .hearing: 2, .sustainedAttention: 3, .memoryLearning: 1,
                      .pace: 3, .noise: 3, .dustChemicals: 1, .vibration: 3],
            minEducation: .sma, wageRange: 3_500_000...5_500_000, hoursPerWeek: 40,
            nightShift: true, remotePossible: false, safetyTasks: [.driving, .hazardousMachinery]),

        // MARK: 9 Elementary occupations
        DemoOccupation(
            kbji: "9112", title: LocalizedText(id: "Petugas Kebersihan Kantor", en: "Office cleaner"),
            demands: [.lifting: 2, .standingWalking: 3, .climbingBalancing: 1, .stoopingKneeling: 3, .reaching: 3,
                      .handling: 2, .nearVision: 1, .farVision: 1, .memoryLearning: 1, .pace: 2, .autonomy: 2,
                      .dustChemicals: 2],
            minEducation: .sd, wageRange: 2_300_000...5_400_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "9121", title: LocalizedText(id: "Petugas Laundry", en: "Laundry worker"),
            demands: [.lifting: 2, .standingWalking: 3, .reaching: 2, .handling: 3, .fineManipulation: 1,
                      .nearVision: 2, .pace: 3, .noise: 2, .temperature: 3, .dustChemicals: 2],
            minEducation: .sd, wageRange: 2_300_000...4_200_000, hoursPerWeek: 48,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "9122", title: LocalizedText(id: "Pencuci Mobil dan Motor", en: "Vehicle washer"),
            demands: [.lifting: 1, .standingWalking: 3, .stoopingKneeling: 3, .reaching: 3, .handling: 3,
                      .pace: 2, .noise: 2, .temperature: 2, .dustChemicals: 2],
            minEducation: .sd, wageRange: 2_200_000...3_500_000, hoursPerWeek: 48,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "9214", title: LocalizedText(id: "Tukang Kebun", en: "Gardener"),
            demands: [.lifting: 2, .standingWalking: 3, .climbingBalancing: 1, .stoopingKneeling: 3, .reaching: 2,
                      .handling: 3, .farVision: 1, .autonomy: 3, .noise: 1, .temperature: 3, .dustChemicals: 2,
                      .vibration: 1],
            minEducation: .sd, wageRange: 2_300_000...4_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "9313", title: LocalizedText(id: "Kuli Bangunan", en: "Construction labourer"),
            demands: [.lifting: 4, .standingWalking: 3, .climbingBalancing: 3, .stoopingKneeling: 3, .reaching: 3,
                      .handling: 3, .farVision: 1, .pace: 3, .noise: 3, .temperature: 4, .dustChemicals: 3,
                      .vibration: 2, .heights: 3],
            minEducation: .sd, wageRange: 2_300_000...4_000_000, hoursPerWeek: 48,
            nightShift: false, remotePossible: false, safetyTasks: [.workAtHeights]),
        DemoOccupation(
            kbji: "9321", title: LocalizedText(id: "Petugas Pengemasan", en: "Hand packer"),
            demands: [.lifting: 2, .sitting: 1, .standingWalking: 2, .reaching: 2, .handling: 3,
                      .fineManipulation: 2, .nearVision: 2, .sustainedAttention: 2, .memoryLearning: 1, .pace: 3,
                      .noise: 1],
            minEducation: .smp, wageRange: 2_300_000...5_000_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "9329", title: LocalizedText(id: "Pekerja Sortir Produksi", en: "Production line sorter"),
            demands: [.sitting: 2, .standingWalking: 2, .reaching: 2, .handling: 3, .fineManipulation: 2,
                      .nearVision: 3, .farVision: 1, .sustainedAttention: 3, .pace: 3, .noise: 2],
            minEducation: .sd, wageRange: 2_300_000...5_000_000, hoursPerWeek: 40,
            nightShift: true, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "9333", title: LocalizedText(id: "Pekerja Gudang", en: "Warehouse loader"),
            demands: [.lifting: 3, .standingWalking: 3, .climbingBalancing: 1, .stoopingKneeling: 3, .reaching: 3,
                      .handling: 3, .nearVision: 1, .farVision: 1, .memoryLearning: 1, .pace: 3, .noise: 2,
                      .temperature: 2, .dustChemicals: 1],
            minEducation: .smp, wageRange: 2_500_000...5_000_000, hoursPerWeek: 40,
            nightShift: true, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "9333", title: LocalizedText(id: "Buruh Bongkar Muat", en: "Loading dock labourer"),
            demands: [.lifting: 4, .standingWalking: 3, .climbingBalancing: 2, .stoopingKneeling: 3, .reaching: 3,
                      .handling: 3, .farVision: 1, .hearing: 1, .pace: 4, .noise: 2, .temperature: 3,
                      .dustChemicals: 2],
            minEducation: .sd, wageRange: 2_400_000...4_800_000, hoursPerWeek: 48,
            nightShift: true, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "9334", title: LocalizedText(id: "Pramu Rak Supermarket", en: "Supermarket shelf filler"),
            demands: [.lifting: 2, .standingWalking: 3, .climbingBalancing: 1, .stoopingKneeling: 3, .reaching: 3,
                      .handling: 2, .nearVision: 2, .literacy: 2, .memoryLearning: 1, .pace: 2, .publicContact: 1],
            minEducation: .smp, wageRange: 2_400_000...4_200_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "9411", title: LocalizedText(id: "Kru Restoran Cepat Saji (Paruh Waktu)", en: "Fast food crew (part time)"),
            demands: [.lifting: 2, .standingWalking: 3, .reaching: 2, .handling: 3, .fineManipulation: 1,
                      .nearVision: 2, .hearing: 2, .speaking: 2, .memoryLearning: 2, .pace: 4, .stressChange: 3,
                      .publicContact: 3, .noise: 2, .temperature: 2],
            minEducation: .sma, wageRange: 1_500_000...2_800_000, hoursPerWeek: 24,
            nightShift: true, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "9412", title: LocalizedText(id: "Asisten Dapur", en: "Kitchen helper"),
            demands: [.lifting: 2, .standingWalking: 3, .stoopingKneeling: 2, .reaching: 2, .handling: 3,
                      .fineManipulation: 1, .nearVision: 1, .memoryLearning: 1, .pace: 3, .noise: 2,
                      .temperature: 3, .dustChemicals: 1],
            minEducation: .sd, wageRange: 2_300_000...4_000_000, hoursPerWeek: 48,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "9612", title: LocalizedText(id: "Pemilah Sampah Daur Ulang", en: "Recycling sorter"),
            demands: [.lifting: 2, .standingWalking: 3, .stoopingKneeling: 2, .reaching: 2, .handling: 3,
                      .nearVision: 2, .farVision: 1, .pace: 3, .noise: 2, .temperature: 2, .dustChemicals: 3],
            minEducation: .sd, wageRange: 2_200_000...3_500_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "9621", title: LocalizedText(id: "Kurir Internal Kantor", en: "Office messenger"),
            demands: [.lifting: 1, .standingWalking: 3, .climbingBalancing: 1, .nearVision: 2, .farVision: 2,
                      .hearing: 2, .speaking: 2, .literacy: 2, .memoryLearning: 2, .planning: 2,
                      .publicContact: 2, .autonomy: 3],
            minEducation: .smp, wageRange: 2_400_000...4_200_000, hoursPerWeek: 40,
            nightShift: false, remotePossible: false, safetyTasks: []),
        DemoOccupation(
            kbji: "9629", title: LocalizedText(id: "Petugas Parkir", en: "Parking attendant"),
            demands: [.standingWalking: 3, .handling: 1, .farVision: 3, .hearing: 2, .speaking: 2, .pace: 2,
                      .publicContact: 3, .autonomy: 3, .noise: 3, .temperature: 4, .dustChemicals: 2],
            minEducation: .sd, wageRange: 2_200_000...3_500_000, hoursPerWeek: 48,
            nightShift: false, remotePossible: false, safetyTasks: []),
    ]
}
