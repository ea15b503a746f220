import Foundation

/// One thing wrong with one field of one record. It names the field, what is wrong and the
/// expected form, in either language, and never repeats sensitive values back.
public struct ValidationIssue: Error, Sendable, Hashable {
    public var field: String
    public var problem: Problem

    public init(field: String, problem: Problem) {
        self.field = field
        self.problem = problem
    }

    public enum Problem: Sendable, Hashable {
        case missing
        case nikLength(given: Int)
        case nikNotDigits
        case nikProvince(code: String)
        case nikBirthDate
        /// The NIK's digits 7-8 (the day, plus 40 for a woman) say the other sex than `sex`.
        case nikSex
        /// The NIK's digits 7-12 (DDMMYY) are another date than `birth_date`.
        case nikBirthDateDiffers
        case phone
        case email
        case kbji
        /// Four or six digits, but no unit group or job title of KBJI 2014.
        case kbjiUnknown(code: String)
        case regency
        /// Four digits, but no regency or city of the Kepmendagri list.
        case regencyUnknown(code: String)
        /// A name given for a code that fits several entries ("3204 Kabupaten Bandung", ...).
        case ambiguousName(value: String, candidates: [String])
        /// A name given for a code that fits no entry; `lookup` is `regency` or `kbji`.
        case unknownName(value: String, lookup: String)
        case date
        case outOfScale(value: Int, scale: ClosedRange<Int>)
        case aidsBelowCapacity
        case notOneOf(value: String, allowed: [String])
        case number(value: String, range: ClosedRange<Int>)
        case wageOrder
        /// A count of workers among those of another field (`whole`, holding `limit`) that is
        /// larger than it: short-time workers more than the headcount, and the like.
        case moreThanWhole(value: Int, whole: String, limit: Int)
        /// Workers with disabilities split by hours and severity into more people than there are:
        /// those with a severe disability plus those who work short hours, less those who are both.
        case partsExceedWhole(parts: Int, limit: Int)
        /// Fewer full-time workers (headcount less short-time workers) than full-time workers with
        /// disabilities (workers with disabilities less those who work short hours).
        case fullTimeTooFew(fullTime: Int, disabledFullTime: Int)
        case categoryWithoutConsent
        case unknownReference(kind: String, id: String)
        case duplicateID(id: String)
        case duplicateNIK
        case id(expectedPrefix: String)
        case unreadable(detail: String)
        /// A number written with a decimal part that is not zero (7.5 hours, Rp 3.500.000,50).
        case decimal(value: String, range: ClosedRange<Int>)
        /// NUL, ESC, BEL or another control character, or a line break in one-line text.
        case controlCharacter
        /// A CSV cell with a value under a column whose header is empty.
        case unnamedColumn
        /// A column or key the record does not have; `expected` are the field ids (shown in the
        /// reader's language), `dimensions` whether a column per functional dimension is allowed too.
        case unknownField(expected: [String], dimensions: Bool)
        /// A problem with no fixed form, said in each language by the code that found it (the
        /// casework import's: a step dated before the one it follows).
        case described(en: String, id: String)
    }

    /// The message, with any control character in it written out visibly (`\u{1B}`): field
    /// names and values come from files.
    public func message(_ language: Language) -> String {
        text(language).escapingControlCharacters
    }

    /// A value as it may be repeated in a message: at most 40 characters.
    private static func shown(_ value: String) -> String {
        value.count <= 40 ? value : String(value.prefix(39)) + "…"
    }

    /// A field as a reader of `language` knows it. In Indonesian, a field with an Indonesian name
    /// is given by that name with its id beside it ("pekerja_paruh_waktu (short_time_workers)"):
    /// the sentence reads in Indonesian, and the id is still there to find in a file or a flag.
    /// "needs[2]" keeps its position.
    static func named(_ field: String, _ language: Language) -> String {
        guard language == .id else { return field }
        let base = field.prefix { $0 != "[" }
        let indonesian = FieldNames.indonesian(String(base))
        guard indonesian != base else { return field }
        return indonesian + field.dropFirst(base.count) + " (\(field))"
    }

    private func text(_ language: Language) -> String {
        let f = Self.named(field, language)
        switch (problem, language) {
        case (.missing, .en): return "\(f) is missing; it is required."
        case (.missing, .id): return "\(f) belum diisi; kolom ini wajib."
        case (.nikLength(let n), .en): return "\(f) must be 16 digits; you entered \(n)."
        case (.nikLength(let n), .id): return "\(f) harus 16 angka; Anda memasukkan \(n)."
        case (.nikNotDigits, .en): return "\(f) must contain digits only (16 digits)."
        case (.nikNotDigits, .id): return "\(f) hanya boleh berisi angka (16 angka)."
        case (.nikProvince(let code), .en): return "\(f) starts with \(code), which is no province code; the first two digits must be a province code such as 31 or 73."
        case (.nikProvince(let code), .id): return "\(f) diawali \(code), yang bukan kode provinsi; dua angka pertama harus kode provinsi, misalnya 31 atau 73."
        case (.nikBirthDate, .en): return "\(f) digits 7 to 12 must be a birth date DDMMYY (day plus 40 for women)."
        case (.nikBirthDate, .id): return "\(f) angka ke-7 sampai ke-12 harus tanggal lahir DDMMYY (tanggal ditambah 40 untuk perempuan)."
        case (.nikSex, .en): return "nik and sex disagree: digits 7-8 of the NIK are the birth day, plus 40 for a woman, and they give the other sex; correct the NIK or the sex."
        case (.nikSex, .id): return "nik dan jenis kelamin (sex) tidak cocok: angka ke-7 dan ke-8 NIK adalah tanggal lahir, ditambah 40 untuk perempuan, dan menunjukkan jenis kelamin yang lain; perbaiki NIK atau jenis kelaminnya."
        case (.nikBirthDateDiffers, .en): return "nik and birth_date disagree: digits 7-12 of the NIK are the birth date DDMMYY (day plus 40 for a woman) and give another date; correct the NIK or the birth date."
        case (.nikBirthDateDiffers, .id): return "nik dan tanggal lahir (birth_date) tidak cocok: angka ke-7 sampai ke-12 NIK adalah tanggal lahir DDMMYY (tanggal ditambah 40 untuk perempuan) dan menunjukkan tanggal lain; perbaiki NIK atau tanggal lahirnya."
        case (.phone, .en): return "\(f) is not an Indonesian phone number; expected a mobile number such as 0812 3456 7890 or +62 812 3456 7890, or a landline such as 021 555 1234."
        case (.phone, .id): return "\(f) bukan nomor telepon Indonesia; contoh yang benar: 0812 3456 7890, +62 812 3456 7890, atau 021 555 1234."
        case (.email, .en): return "\(f) is not an e-mail address; expected a form like name@example.id."
        case (.email, .id): return "\(f) bukan alamat surel; contoh yang benar: nama@contoh.id."
        case (.kbji, .en): return "\(f) is not a KBJI 2014 code; expected 4 digits (unit group, e.g. 4132) or 6 digits (job title)."
        case (.kbji, .id): return "\(f) bukan kode KBJI 2014; harus 4 angka (golongan, misalnya 4132) atau 6 angka (jabatan)."
        case (.kbjiUnknown(let code), .en): return "\(f): KBJI 2014 has no unit group or job title \(code); find the code with: setara lookup kbji WORDS."
        case (.kbjiUnknown(let code), .id): return "\(f): KBJI 2014 tidak memiliki golongan jabatan atau jabatan \(code); cari kodenya dengan: setara lookup kbji KATA."
        case (.regency, .en): return "\(f) is not a regency or city; expected its name (Bantul) or its 4-digit code, province then regency, e.g. 3273 for Kota Bandung."
        case (.regency, .id): return "\(f) tidak berisi kabupaten/kota; harus namanya (Bantul) atau kodenya yang 4 angka, kode provinsi lalu kabupaten/kota, misalnya 3273 untuk Kota Bandung."
        case (.regencyUnknown(let code), .en): return "\(f): no regency or city has the code \(code); find the code with: setara lookup regency NAME."
        case (.regencyUnknown(let code), .id): return "\(f): tidak ada kabupaten/kota berkode \(code); cari kodenya dengan: setara lookup regency NAMA."
        case (.ambiguousName(let v, let c), .en): return "\(f): \"\(Self.shown(v))\" fits more than one: \(Self.candidates(c)); give the code or the full name."
        case (.ambiguousName(let v, let c), .id): return "\(f): \"\(Self.shown(v))\" cocok dengan lebih dari satu: \(Self.candidates(c)); tulis kodenya atau nama lengkapnya."
        case (.unknownName(let v, let lookup), .en): return "\(f): nothing is called \"\(Self.shown(v))\"; expected a code or a name; search with: setara lookup \(lookup) WORDS."
        case (.unknownName(let v, let lookup), .id): return "\(f): tidak ada yang bernama \"\(Self.shown(v))\"; harus kode atau nama; cari dengan: setara lookup \(lookup) KATA."
        case (.date, .en): return "\(f) is not a valid date; expected YYYY-MM-DD or DD/MM/YYYY, e.g. 2025-08-17."
        case (.date, .id): return "\(f) bukan tanggal yang sah; harus YYYY-MM-DD atau DD/MM/YYYY, misalnya 2025-08-17."
        case (.outOfScale(let v, let s), .en): return "\(f) is \(v), outside its scale; expected a whole number from \(s.lowerBound) to \(s.upperBound)."
        case (.outOfScale(let v, let s), .id): return "\(f) bernilai \(v), di luar skalanya; harus bilangan bulat dari \(s.lowerBound) sampai \(s.upperBound)."
        case (.aidsBelowCapacity, .en): return "\(f): the rating with aids is lower than without; with aids must be at least the rating without."
        case (.aidsBelowCapacity, .id): return "\(f): nilai dengan alat bantu lebih rendah daripada tanpa alat bantu; nilai dengan alat bantu harus sama atau lebih tinggi."
        case (.notOneOf(let v, let allowed), .en): return "\(f) is \"\(Self.shown(v))\", which is not allowed; expected one of: \(allowed.joined(separator: ", "))."
        case (.notOneOf(let v, let allowed), .id): return "\(f) berisi \"\(Self.shown(v))\", yang tidak dikenal; harus salah satu dari: \(allowed.joined(separator: ", "))."
        case (.number(let v, let r), .en): return "\(f) is \"\(Self.shown(v))\"; expected a whole number from \(r.lowerBound) to \(r.upperBound)."
        case (.number(let v, let r), .id): return "\(f) berisi \"\(Self.shown(v))\"; harus bilangan bulat dari \(r.lowerBound) sampai \(r.upperBound)."
        case (.wageOrder, .en): return "\(f): the lowest wage is above the highest; expected wage_min at most wage_max."
        case (.wageOrder, .id):
            return "\(f): upah terendah lebih besar dari upah tertinggi; \(Self.named("wage_min", language)) harus tidak lebih dari \(Self.named("wage_max", language))."
        case (.moreThanWhole(let v, let whole, let limit), .en):
            return "\(f) is \(v), more than \(whole) (\(limit)); these workers are counted among \(whole), so expected a whole number from 0 to \(limit)."
        case (.moreThanWhole(let v, let whole, let limit), .id):
            // The whole is named like the field: its Indonesian name, then its id.
            let w = Self.named(whole, language)
            return "\(f) berisi \(v), lebih dari \(w), yaitu \(limit); pekerja ini termasuk dalam \(w), jadi harus bilangan bulat dari 0 sampai \(limit)."
        case (.partsExceedWhole(let parts, let limit), .en):
            return "\(f): the workers with a severe disability and the workers with disabilities on short hours make \(parts) people (those who are both counted once), more than the \(limit) workers with disabilities; expected at most \(limit) together."
        case (.partsExceedWhole(let parts, let limit), .id):
            return "\(f): pekerja dengan disabilitas berat dan pekerja penyandang disabilitas yang paruh waktu berjumlah \(parts) orang (yang termasuk keduanya dihitung sekali), lebih dari \(limit) pekerja penyandang disabilitas; jumlahnya harus paling banyak \(limit)."
        case (.fullTimeTooFew(let fullTime, let disabled), .en):
            return "\(f): the full-time workers (all workers less those on short hours: \(fullTime)) are fewer than the full-time workers with disabilities (workers with disabilities less those on short hours: \(disabled)); expected at least as many full-time workers as full-time workers with disabilities."
        case (.fullTimeTooFew(let fullTime, let disabled), .id):
            return "\(f): pekerja penuh waktu (seluruh pekerja dikurangi yang paruh waktu: \(fullTime)) lebih sedikit daripada pekerja penyandang disabilitas penuh waktu (pekerja penyandang disabilitas dikurangi yang paruh waktu: \(disabled)); pekerja penuh waktu harus paling sedikit sebanyak pekerja penyandang disabilitas penuh waktu."
        case (.categoryWithoutConsent, .en): return "\(f) is given without recorded consent; record consent (consent: yes) or leave the category out."
        case (.categoryWithoutConsent, .id): return "\(f) diisi tanpa persetujuan tercatat; catat persetujuan (consent: yes) atau kosongkan kategori."
        case (.unknownReference(let kind, let id), .en): return "\(f) refers to \(kind) \(id), which does not exist; register it first or correct the id."
        case (.unknownReference(let kind, let id), .id): return "\(f) merujuk ke \(Self.kindID(kind)) \(id), yang tidak ada; daftarkan dulu atau perbaiki kodenya."
        case (.duplicateID(let id), .en): return "\(f) \(id) appears more than once; every record needs its own id."
        case (.duplicateID(let id), .id): return "\(f) \(id) muncul lebih dari sekali; setiap data perlu kode sendiri."
        case (.duplicateNIK, .en): return "\(f) is already registered for another seeker; one person is registered once."
        case (.duplicateNIK, .id): return "\(f) sudah terdaftar untuk pencari kerja lain; satu orang hanya didaftarkan sekali."
        case (.id(let prefix), .en): return "\(f) is not a valid id; expected \(prefix) followed by digits, e.g. \(prefix)000123."
        case (.id(let prefix), .id): return "\(f) bukan kode yang sah; harus \(prefix) diikuti angka, misalnya \(prefix)000123."
        case (.unreadable(let detail), .en): return "\(f) could not be read: \(detail)."
        case (.described(let en, _), .en): return "\(f): \(en)"
        case (.described(_, let id), .id): return "\(f): \(id)"
        case (.unreadable(let detail), .id): return "\(f) tidak dapat dibaca: \(detail)."
        case (.decimal(let v, let r), .en): return "\(f) is \"\(Self.shown(v))\", which has a decimal part; expected a whole number from \(r.lowerBound) to \(r.upperBound), without decimals."
        case (.decimal(let v, let r), .id): return "\(f) berisi \"\(Self.shown(v))\", yang memakai angka desimal; harus bilangan bulat dari \(r.lowerBound) sampai \(r.upperBound), tanpa desimal."
        case (.controlCharacter, .en): return "\(f) contains a control character (a NUL byte, an escape or bell code, or a line break where none is allowed); expected plain text."
        case (.controlCharacter, .id): return "\(f) berisi karakter kendali (byte NUL, kode escape atau bel, atau ganti baris di tempat yang tidak boleh); harus teks biasa."
        case (.unnamedColumn, .en): return "\(f) (no name in the header) has a value, which would be lost; name the column or empty it."
        case (.unknownField(let expected, let dimensions), .en):
            return "\(f) is not a field name Setara knows, so its values would be lost; expected one of: \(expected.joined(separator: ", "))"
                + (dimensions ? ", or a functional dimension such as near_vision" : "") + " (the Indonesian names are accepted too)."
        case (.unknownField(let expected, let dimensions), .id):
            return "\(f) bukan nama kolom yang dikenal Setara, sehingga isinya akan hilang; harus salah satu dari: "
                + expected.map(FieldNames.indonesian).joined(separator: ", ")
                + (dimensions ? ", atau dimensi fungsi seperti near_vision" : "") + " (nama Inggrisnya juga diterima)."
        case (.unnamedColumn, .id): return "\(f) (tanpa nama di baris judul) berisi nilai, yang akan hilang; beri nama kolomnya atau kosongkan."
        }
    }

    /// At most eight candidates, then how many more.
    private static func candidates(_ all: [String]) -> String {
        all.count <= 8 ? all.joined(separator: "; ") : all.prefix(8).joined(separator: "; ") + "; … (+\(all.count - 8))"
    }

    private static func kindID(_ kind: String) -> String {
        switch kind {
        case "seeker": return "pencari kerja"
        case "employer": return "pemberi kerja"
        case "workplace": return "tempat kerja"
        case "vacancy": return "lowongan"
        case "accommodation": return "akomodasi"
        default: return kind
        }
    }
}

/// Field-level checks shared by every way records come in (prompts, flags, imports).
public enum Validate {
    /// NIK: 16 digits, a known province code, a plausible birth date in digits 7-12.
    public static func nik(_ raw: String, field: String = "nik") -> ValidationIssue? {
        let bytes = raw.utf8.filter { !TextBytes.isSpace($0) }
        guard !bytes.isEmpty else { return ValidationIssue(field: field, problem: .missing) }
        guard bytes.allSatisfy(isDigit) else { return ValidationIssue(field: field, problem: .nikNotDigits) }
        guard bytes.count == 16 else { return ValidationIssue(field: field, problem: .nikLength(given: bytes.count)) }
        let province = String(decoding: bytes[0..<2], as: UTF8.self)
        guard Regions.province(code: province) != nil else {
            return ValidationIssue(field: field, problem: .nikProvince(code: province))
        }
        let dd = number(bytes[6...7]), mm = number(bytes[8...9])
        let day = dd > 40 ? dd - 40 : dd
        guard (1...31).contains(day), (1...12).contains(mm) else {
            return ValidationIssue(field: field, problem: .nikBirthDate)
        }
        return nil
    }

    /// A well-formed NIK against the sex and birth date given with it: digits 7-8 are the day of
    /// birth (plus 40 for a woman), 9-10 the month, 11-12 the year's last two digits.
    public static func nik(_ raw: String, sex: Sex?, birthDate: Day?) -> [ValidationIssue] {
        let bytes = raw.utf8.filter { !TextBytes.isSpace($0) }
        guard bytes.count == 16, bytes.allSatisfy(isDigit) else { return [] }
        let dd = number(bytes[6...7]), mm = number(bytes[8...9]), yy = number(bytes[10...11])
        var issues: [ValidationIssue] = []
        if let sex, (dd > 40) != (sex == .female) {
            issues.append(ValidationIssue(field: "nik", problem: .nikSex))
        }
        if let birthDate, birthDate.day != (dd > 40 ? dd - 40 : dd) || birthDate.month != mm || birthDate.year % 100 != yy {
            issues.append(ValidationIssue(field: "nik", problem: .nikBirthDateDiffers))
        }
        return issues
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    static func number(_ digits: ArraySlice<UInt8>) -> Int { digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } }

    /// Returns the phone number in international form (+62...), or nil when it is not an
    /// Indonesian mobile or landline number.
    public static func normalizedPhone(_ raw: String) -> String? {
        var bytes = raw.utf8.filter { !TextBytes.isSpace($0) && !"-.()".utf8.contains($0) }
        if bytes.starts(with: "+62".utf8) {
            bytes = [UInt8(ascii: "0")] + bytes.dropFirst(3)
        } else if bytes.starts(with: "62".utf8) && bytes.count >= 11 {
            bytes = [UInt8(ascii: "0")] + bytes.dropFirst(2)
        }
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "0"), bytes.allSatisfy(isDigit) else { return nil }
        if bytes[1] == UInt8(ascii: "8") {
            guard (10...13).contains(bytes.count) else { return nil }
        } else {
            // Landline: area code 0 + 1-3 digits (021, 0274, ...), then a 5-8 digit subscriber number.
            guard bytes[1] != UInt8(ascii: "0"), (9...12).contains(bytes.count) else { return nil }
        }
        return "+62" + String(decoding: bytes.dropFirst(), as: UTF8.self)
    }

    public static func phone(_ raw: String, field: String = "phone") -> ValidationIssue? {
        normalizedPhone(raw) == nil ? ValidationIssue(field: field, problem: .phone) : nil
    }

    public static func email(_ raw: String, field: String = "email") -> ValidationIssue? {
        // name@domain.tld: one '@' with text before it, a dot inside the domain, no spaces.
        let bytes = raw.utf8
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")), at != bytes.startIndex else {
            return ValidationIssue(field: field, problem: .email)
        }
        let domain = bytes[bytes.index(after: at)...]
        let dot = UInt8(ascii: ".")
        guard !domain.contains(UInt8(ascii: "@")), domain.contains(dot), domain.first != dot, domain.last != dot,
              !raw.contains(where: \.isWhitespace) else {
            return ValidationIssue(field: field, problem: .email)
        }
        return nil
    }

    /// A KBJI 2014 unit group (4 digits) or job title (6 digits, "4132.01" too) that exists.
    public static func kbji(_ raw: String, field: @autoclosure () -> String = "kbji") -> ValidationIssue? {
        let text = raw.trimmed.utf8.filter { $0 != UInt8(ascii: ".") }
        guard text.count == 4 || text.count == 6, text.allSatisfy(isDigit) else {
            return ValidationIssue(field: field(), problem: .kbji)
        }
        let code = String(decoding: text, as: UTF8.self)
        guard KBJI.entry(code: code) != nil else {
            return ValidationIssue(field: field(), problem: .kbjiUnknown(code: code))
        }
        return nil
    }

    /// A regency given by code or by name ("Bantul"), as a person types it: its code, or the
    /// problem (a name that fits several lists them; a code that does not exist is named).
    public static func resolvedRegency(_ raw: String, field: String = "regency") -> (code: String?, issue: ValidationIssue?) {
        switch Regions.resolve(raw) {
        case .code(let code):
            let issue = regency(code, field: field)
            return (issue == nil ? code : nil, issue)
        case .ambiguous(let found):
            return (nil, ValidationIssue(field: field, problem: .ambiguousName(value: raw, candidates: found.map { "\($0.code) \($0.name)" })))
        case .notFound:
            return (nil, ValidationIssue(field: field, problem: .unknownName(value: raw, lookup: "regency")))
        }
    }

    /// A KBJI unit group or job title given by code or by its title ("petugas entri data").
    public static func resolvedKBJI(_ raw: String, field: String = "kbji") -> (code: String?, issue: ValidationIssue?) {
        switch KBJI.resolve(raw) {
        case .code(let code):
            let issue = kbji(code, field: field)
            return (issue == nil ? code : nil, issue)
        case .ambiguous(let found):
            return (nil, ValidationIssue(field: field, problem: .ambiguousName(value: raw, candidates: found.map { "\($0.displayCode) \($0.title)" })))
        case .notFound:
            return (nil, ValidationIssue(field: field, problem: .unknownName(value: raw, lookup: "kbji")))
        }
    }

    /// A regency or city of the Kepmendagri list: 4 digits ("34.02" too).
    public static func regency(_ raw: String, field: String = "regency") -> ValidationIssue? {
        let bytes = raw.trimmed.utf8.filter { $0 != UInt8(ascii: ".") }
        guard bytes.count == 4, bytes.allSatisfy(isDigit) else {
            return ValidationIssue(field: field, problem: .regency)
        }
        let code = String(decoding: bytes, as: UTF8.self)
        guard Regions.regency(code: code) != nil else {
            return ValidationIssue(field: field, problem: .regencyUnknown(code: code))
        }
        return nil
    }

    public static func scale(_ value: Int, _ dimension: FunctionalDimension, field: @autoclosure () -> String) -> ValidationIssue? {
        dimension.scale.contains(value) ? nil : ValidationIssue(field: field(), problem: .outOfScale(value: value, scale: dimension.scale))
    }

    public static func range(_ value: Int, _ range: ClosedRange<Int>, field: String) -> ValidationIssue? {
        range.contains(value) ? nil : ValidationIssue(field: field, problem: .number(value: String(value), range: range))
    }

    /// Text a person entered: refused when it holds a control character (NUL, ESC, BEL, ...),
    /// or a line break unless `lineBreaksAllowed` (addresses).
    public static func text(_ raw: String, field: @autoclosure () -> String, lineBreaksAllowed: Bool = false) -> ValidationIssue? {
        raw.hasControlCharacter(lineBreaksAllowed: lineBreaksAllowed) ? ValidationIssue(field: field(), problem: .controlCharacter) : nil
    }

    /// Each item of a list of text, named `field[1]`, `field[2]`, ...
    public static func texts(_ items: [String], field: String) -> [ValidationIssue] {
        items.indices.compactMap { text(items[$0], field: "\(field)[\($0 + 1)]") }
    }

    /// Record ids: a letter prefix (S seekers, E employers, W workplaces, V vacancies) and digits.
    public static func recordID(_ raw: String, prefix: String, field: String = "id") -> ValidationIssue? {
        let text = raw.trimmed.utf8
        let digits = text.dropFirst(prefix.utf8.count)
        guard text.starts(with: prefix.utf8), (1...12).contains(digits.count), digits.allSatisfy(isDigit) else {
            return ValidationIssue(field: field, problem: .id(expectedPrefix: prefix))
        }
        return nil
    }
}
