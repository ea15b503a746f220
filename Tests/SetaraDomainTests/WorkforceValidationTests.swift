import SetaraDomain
import Testing

/// The employer's workforce breakdown: the parts an HR officer records of the headcount and of the
/// workers with disabilities, checked so that every group a quota rule weighs is a real number of people.
@Suite("An employer's workforce breakdown")
struct WorkforceValidationTests {
    func employer(headcount: Int = 100, shortTime: Int = 0, disabled: Int = 4, shortTimeDisabled: Int = 0,
                  severe: Int = 0, severeShortTime: Int = 0) -> Employer {
        Employer(id: "E00001", name: "PT Contoh", ownership: .private, headcount: headcount, employeesWithDisabilities: disabled,
                 shortTimeWorkers: shortTime, shortTimeWithDisabilities: shortTimeDisabled, withSevereDisabilities: severe,
                 shortTimeWithSevereDisabilities: severeShortTime, regencyCode: "3471")
    }

    @Test("A breakdown that fits is accepted, and gives the six groups a rule weighs")
    func fits() {
        // 100 workers, 20 short-time; 4 with disabilities: 2 short-time, 2 severe, 1 of them short-time.
        let e = employer(shortTime: 20, shortTimeDisabled: 2, severe: 2, severeShortTime: 1)
        #expect(e.validate().isEmpty, "\(e.validate().map { $0.message(.en) })")
        #expect(QuotaWorkforce(employer: e) == QuotaWorkforce(fullTime: 80, shortTime: 20, disabledFullTime: 1, disabledShortTime: 1,
                                                              severeFullTime: 1, severeShortTime: 1))
        // A record without the breakdown: everyone full-time, nobody severe (what was counted before).
        #expect(QuotaWorkforce(employer: employer()) == QuotaWorkforce(fullTime: 100, disabledFullTime: 4))
    }

    @Test("A part larger than its whole names the part, the whole and the largest it may be, in both languages")
    func partLargerThanWhole() throws {
        let issues = employer(headcount: 10, shortTime: 12, disabled: 1).validate()
        let issue = try #require(issues.first)
        #expect(issues.count == 1)
        #expect(issue.field == "short_time_workers")
        #expect(issue.message(.en) == "short_time_workers is 12, more than headcount (10); these workers are counted among headcount, so expected a whole number from 0 to 10.")
        #expect(issue.message(.id) == "pekerja_paruh_waktu (short_time_workers) berisi 12, lebih dari jumlah_pekerja (headcount), yaitu 10; pekerja ini termasuk dalam jumlah_pekerja (headcount), jadi harus bilangan bulat dari 0 sampai 10.")

        let severe = employer(disabled: 2, severe: 3).validate()
        #expect(severe.map(\.field) == ["with_severe_disabilities"])
        #expect(severe.first?.problem == .moreThanWhole(value: 3, whole: "employees_with_disabilities", limit: 2))
        // Short-time workers with disabilities are among the workers with disabilities and among the short-time workers.
        #expect(employer(shortTime: 1, disabled: 4, shortTimeDisabled: 3).validate().first?.problem
            == .moreThanWhole(value: 3, whole: "short_time_workers", limit: 1))
        #expect(employer(shortTime: 10, disabled: 2, shortTimeDisabled: 3).validate().first?.problem
            == .moreThanWhole(value: 3, whole: "employees_with_disabilities", limit: 2))
        // Severe short-time workers are among both the severe ones and the short-time ones.
        #expect(employer(shortTime: 10, disabled: 4, shortTimeDisabled: 1, severe: 2, severeShortTime: 2).validate().first?.problem
            == .moreThanWhole(value: 2, whole: "short_time_with_disabilities", limit: 1))
        #expect(employer(shortTime: 10, disabled: 4, shortTimeDisabled: 3, severe: 1, severeShortTime: 2).validate().first?.problem
            == .moreThanWhole(value: 2, whole: "with_severe_disabilities", limit: 1))
    }

    @Test("A negative count is refused with the range expected")
    func negative() {
        let issues = employer(shortTime: -1, severe: -2).validate()
        #expect(issues.map(\.field) == ["short_time_workers", "with_severe_disabilities"])
        #expect(issues.first?.message(.en) == "short_time_workers is \"-1\"; expected a whole number from 0 to 10000000.")
        #expect(issues.first?.message(.id) == "pekerja_paruh_waktu (short_time_workers) berisi \"-1\"; harus bilangan bulat dari 0 sampai 10000000.")
    }

    @Test("Severe and short-time workers with disabilities cannot be more people than the workers with disabilities")
    func partsTogether() throws {
        // 2 workers with disabilities: 2 severe and 2 short-time, none both, would be 4 people.
        let issue = try #require(employer(shortTime: 10, disabled: 2, shortTimeDisabled: 2, severe: 2).validate().first)
        #expect(issue.field == "short_time_with_severe_disabilities", "named on the count that can still make it fit")
        #expect(issue.message(.en).contains("make 4 people (those who are both counted once), more than the 2 workers with disabilities; expected at most 2 together."))
        #expect(issue.message(.id).contains("berjumlah 4 orang (yang termasuk keduanya dihitung sekali), lebih dari 2 pekerja penyandang disabilitas"))
        // Both of them severe and short-time: 2 people, which fits.
        #expect(employer(shortTime: 10, disabled: 2, shortTimeDisabled: 2, severe: 2, severeShortTime: 2).validate().isEmpty)
    }

    @Test("There are at least as many full-time workers as full-time workers with disabilities")
    func fullTime() throws {
        // 10 workers, 9 short-time: 1 full-time; 3 with disabilities, none short-time: 3 full-time.
        let issue = try #require(employer(headcount: 10, shortTime: 9, disabled: 3).validate().first)
        #expect(issue.field == "short_time_with_disabilities")
        #expect(issue.problem == .fullTimeTooFew(fullTime: 1, disabledFullTime: 3))
        #expect(issue.message(.en).contains("the full-time workers (all workers less those on short hours: 1) are fewer than the full-time workers with disabilities (workers with disabilities less those on short hours: 3)"))
        #expect(issue.message(.id).contains("pekerja penuh waktu (seluruh pekerja dikurangi yang paruh waktu: 1) lebih sedikit daripada pekerja penyandang disabilitas penuh waktu (pekerja penyandang disabilitas dikurangi yang paruh waktu: 3)"))
        #expect(employer(headcount: 10, shortTime: 9, disabled: 3, shortTimeDisabled: 2).validate().isEmpty)
    }

    @Test("A hire counts a full-time worker without a severe disability; an ended placement takes one away, keeping every part within its whole")
    func hireAndLeave() {
        var e = employer(headcount: 10, shortTime: 6, disabled: 4, shortTimeDisabled: 0)
        // 4 full-time workers, all with disabilities: the fifth must be a new worker in the headcount too.
        #expect(e.countHire() == [.employeesWithDisabilities, .headcount])
        #expect(e.employeesWithDisabilities == 5 && e.headcount == 11 && e.validate().isEmpty)
        var roomy = employer()
        #expect(roomy.countHire() == [.employeesWithDisabilities])
        #expect(roomy.headcount == 100 && roomy.employeesWithDisabilities == 5)

        // Everyone with a disability is severe and short-time: the one who leaves is taken from there.
        var severe = employer(shortTime: 10, disabled: 2, shortTimeDisabled: 2, severe: 2, severeShortTime: 2)
        #expect(severe.countLeaver() == [.employeesWithDisabilities, .withSevereDisabilities, .shortTimeWithDisabilities, .shortTimeWithSevereDisabilities])
        #expect(severe.employeesWithDisabilities == 1 && severe.withSevereDisabilities == 1 && severe.shortTimeWithSevereDisabilities == 1)
        #expect(severe.validate().isEmpty)
        // A full-time worker without a severe disability is there: only the whole changes.
        var mixed = employer(shortTime: 10, disabled: 3, shortTimeDisabled: 1, severe: 1)
        #expect(mixed.countLeaver() == [.employeesWithDisabilities])
        #expect(mixed.validate().isEmpty)
        var none = employer(disabled: 0)
        #expect(none.countLeaver().isEmpty && none.employeesWithDisabilities == 0)
    }
}
