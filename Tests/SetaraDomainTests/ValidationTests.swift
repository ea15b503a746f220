import SetaraDomain
import Testing

@Suite("Field validation a specialist relies on")
struct ValidationTests {
    @Test("A NIK with 16 digits, a province code and a birth date is accepted")
    func validNIK() {
        #expect(Validate.nik("3171014508950002") == nil)
        #expect(Validate.nik("3471 0123 0590 0001") == nil, "spaces between groups are allowed")
    }

    @Test("A NIK of the wrong length says how many digits were entered")
    func nikLength() {
        let issue = Validate.nik("317101450895000")
        #expect(issue?.problem == .nikLength(given: 15))
        #expect(issue?.message(.id) == "nik harus 16 angka; Anda memasukkan 15.")
        #expect(issue?.message(.en) == "nik must be 16 digits; you entered 15.")
    }

    @Test("A NIK with an unknown province code or impossible birth date is refused",
          arguments: ["0071014508950002", "9971014508950002", "3171019908950002", "3171011513950002"])
    func implausibleNIK(nik: String) {
        #expect(Validate.nik(nik) != nil)
    }

    @Test("Letters in a NIK are refused without echoing the value")
    func nikLetters() {
        let issue = Validate.nik("31710145089500AB")
        #expect(issue?.problem == .nikNotDigits)
        #expect(issue?.message(.en).contains("31710145") == false)
    }

    @Test("Indonesian mobile and landline numbers are normalised to +62", arguments: [
        ("0812 3456 7890", "+6281234567890"), ("+62 812-3456-789", "+628123456789"), ("(021) 555 1234", "+62215551234"),
        ("0274-512345", "+62274512345"), ("6281234567890", "+6281234567890"),
    ])
    func phones(input: String, expected: String) {
        #expect(Validate.normalizedPhone(input) == expected)
    }

    @Test("Numbers that are not Indonesian phone numbers are refused", arguments: ["12345", "0812", "+1 202 555 0100", "08123456789012345", "0012345678"])
    func badPhones(input: String) {
        #expect(Validate.normalizedPhone(input) == nil)
        #expect(Validate.phone(input)?.message(.id).contains("0812 3456 7890") == true)
    }

    @Test("KBJI codes are unit groups (4 digits) or job titles (6 digits) that KBJI 2014 has")
    func kbji() {
        #expect(Validate.kbji("4132") == nil)
        #expect(Validate.kbji("413201") == nil)
        #expect(Validate.kbji("4132.01") == nil)
        #expect(Validate.kbji("413")?.problem == .kbji, "a minor group is not an occupation")
        #expect(Validate.kbji("4A32")?.problem == .kbji)
        #expect(Validate.kbji("4732")?.problem == .kbjiUnknown(code: "4732"))
        #expect(Validate.kbji("413250")?.problem == .kbjiUnknown(code: "413250"), "the right shape, but no such job title")
        #expect(Validate.kbji("4732")?.message(.en) == "kbji: KBJI 2014 has no unit group or job title 4732; find the code with: setara lookup kbji WORDS.")
    }

    @Test("Regency codes are those of the Kepmendagri list")
    func regencies() {
        #expect(Validate.regency("3471") == nil)
        #expect(Validate.regency("3273") == nil)
        #expect(Validate.regency("9671") == nil, "Kota Sorong, Papua Barat Daya")
        #expect(Validate.regency("9971")?.problem == .regencyUnknown(code: "9971"))
        #expect(Validate.regency("3479")?.problem == .regencyUnknown(code: "3479"))
        #expect(Validate.regency("3479")?.message(.id) == "kabupaten_kota (regency): tidak ada kabupaten/kota berkode 3479; cari kodenya dengan: setara lookup regency NAMA.")
        #expect(Validate.regency("3400")?.problem == .regencyUnknown(code: "3400"))
        #expect(Validate.regency("347")?.problem == .regency)
        #expect(Validate.regency("34.71") == nil)
        #expect(Validate.regency(" 3471 ") == nil)
        #expect(Validate.regency("３４７１")?.problem == .regency)
    }

    @Test("Record ids are their letter and 1 to 12 digits; e-mail addresses need one @ and a dotted domain")
    func idsAndEmail() {
        #expect(Validate.recordID("S000101", prefix: "S") == nil)
        #expect(Validate.recordID(" S1 ", prefix: "S") == nil)
        for bad in ["S", "E000101", "S00010A", "s000101", "S1234567890123", "S٣"] {
            #expect(Validate.recordID(bad, prefix: "S")?.problem == .id(expectedPrefix: "S"), "\(bad)")
        }
        #expect(Validate.email("siti@contoh.co.id") == nil)
        for bad in ["siti", "@contoh.id", "siti@contoh", "siti@.contoh.id", "siti@contoh.id.", "si ti@contoh.id", "a@b@c.id"] {
            #expect(Validate.email(bad)?.problem == .email, "\(bad)")
        }
    }

    @Test("Dates are read in ISO and Indonesian order, and impossible dates are refused")
    func dates() {
        #expect(Day(parsing: "2025-08-17") == Day(year: 2025, month: 8, day: 17))
        #expect(Day(parsing: "17/08/2025") == Day(year: 2025, month: 8, day: 17))
        #expect(Day(parsing: "2025-02-29") == nil)
        #expect(Day(parsing: "2024-02-29") != nil)
        #expect(Day(parsing: "17 Agustus") == nil)
    }

    @Test("Every dimension's scale is either 0 to 3, 0 to 4 or 1 to 5, as in the matching model")
    func scales() {
        for dimension in FunctionalDimension.allCases {
            #expect([0...3, 0...4, 1...5].contains(dimension.scale), "\(dimension)")
        }
        #expect(FunctionalDimension.lifting.scale == 0...4)
        #expect(FunctionalDimension.literacy.scale == 1...5)
    }
}

@Suite("Record rules")
struct RecordRuleTests {
    let day = Day(year: 2026, month: 1, day: 5)!

    func seeker() -> Seeker {
        Seeker(id: "S000001", nik: "3471014508950002", name: "Rina Wulandari", regencyCode: "3471", registeredOn: day)
    }

    @Test("A complete seeker has no problems")
    func validSeeker() {
        #expect(seeker().validate().isEmpty)
    }

    @Test("A rating outside its dimension's scale names the dimension and the range")
    func outOfScale() {
        var s = seeker()
        s.profile[.nearVision] = CapacityRating(withoutAids: 5)
        let issues = s.validate()
        #expect(issues.contains(ValidationIssue(field: "profile.near_vision.without_aids", problem: .outOfScale(value: 5, scale: 0...3))))
        #expect(issues.first?.message(.en) == "profile.near_vision.without_aids is 5, outside its scale; expected a whole number from 0 to 3.")
    }

    @Test("A disability category without recorded consent is refused")
    func categoryNeedsConsent() {
        var s = seeker()
        #expect(s.validate(category: .sensorikNetra).map(\.problem) == [.categoryWithoutConsent])
        s.consent = Consent(given: true, recordedOn: day)
        #expect(s.validate(category: .sensorikNetra).isEmpty)
    }

    @Test("An unrated dimension counts as no limitation; a rating with aids is never below the one without")
    func capacity() {
        var s = seeker()
        #expect(s.capacity(.lifting) == 4)
        s.profile[.nearVision] = CapacityRating(withoutAids: 0, withAids: 3)
        #expect(s.capacity(.nearVision, withAids: false) == 0)
        #expect(s.capacity(.nearVision) == 3)
        #expect(CapacityRating(withoutAids: 2, withAids: 1).withAids == 2)
    }

    @Test("The quota follows Law 8/2016 Art. 53: 1% private, 2% state-owned and government, rounded up")
    func quota() {
        #expect(Employer(id: "E00001", name: "A", ownership: .private, headcount: 150, regencyCode: "3471").quotaRequired == 2)
        #expect(Employer(id: "E00002", name: "B", ownership: .bumn, headcount: 150, regencyCode: "3471").quotaRequired == 3)
        #expect(Employer(id: "E00003", name: "C", ownership: .government, headcount: 50, regencyCode: "3471").quotaRequired == 1)
    }

    @Test("The AK/1 card is valid two years from registration")
    func cardValidity() {
        #expect(seeker().cardValidUntil == Day(year: 2028, month: 1, day: 5))
        let leap = Seeker(id: "S1", nik: "", name: "", regencyCode: "3471", registeredOn: Day(year: 2024, month: 2, day: 29)!)
        #expect(leap.cardValidUntil == Day(year: 2026, month: 2, day: 28))
    }

    @Test("Vacancy wage range and closing date are checked")
    func vacancyRules() {
        var v = Vacancy(id: "V000001", workplaceID: "W00001", title: "Operator entri data", kbji: "4132", wageMin: 5_000_000, wageMax: 4_000_000, postedOn: day)
        #expect(v.validate().map(\.problem) == [.wageOrder])
        v.wageMax = 6_000_000
        v.closesOn = Day(year: 2025, month: 12, day: 1)
        #expect(v.validate().map(\.field) == ["closes_on"])
    }
}
