import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraKit
import SetaraStore

/// The guided forms of the command line: every field a specialist records about a seeker, a
/// job's demands in plain words, a workplace's accessibility and the accommodations it provides.
/// The words of the choices are the one table's (`Labels.swift`), the words of the demands the
/// catalog's (`Accommodations/reasons/`), the Washington Group's mapping `WashingtonGroup`'s.
extension Office {
    /// The questions of a new record of this kind.
    public func guidedForm(_ kind: RecordKind) throws -> GuidedForm {
        switch kind {
        case .seeker: return GuidedForm(kind: kind, title: LocalizedText(id: "Pendaftaran pencari kerja", en: "Registering a job seeker"),
                                        questions: GuidedForms.seeker(today: today, officer: actor.name))
        case .vacancy: return GuidedForm(kind: kind, title: LocalizedText(id: "Pemasangan lowongan", en: "Posting a vacancy"),
                                         questions: GuidedForms.vacancy(reasons: try catalog().reasons))
        case .workplace: return GuidedForm(kind: kind, title: LocalizedText(id: "Pendaftaran tempat kerja", en: "Registering a workplace"),
                                           questions: GuidedForms.workplace(catalog: try catalog()))
        case .employer: return GuidedForm(kind: kind, title: LocalizedText(id: "Pendaftaran pemberi kerja", en: "Registering an employer"),
                                          questions: GuidedForms.employer())
        }
    }
}

enum GuidedForms {
    static func t(_ language: Language, _ id: String, _ en: String) -> String { language == .id ? id : en }

    // MARK: Kinds of question

    static func text(_ key: String, _ id: String, _ en: String, required: Bool = false) -> GuidedQuestion {
        GuidedQuestion(key: key, text: LocalizedText(id: id, en: en), required: required) { answer, draft, _ in
            draft.fields[key] = .text(answer)
            return .accepted(note: nil)
        }
    }

    /// One choice of `values`, typed as its number or its words in either language.
    static func choice<E: RawRepresentable & CaseIterable & Labelled>(
        _ key: String, _ text: LocalizedText, _ values: [E], required: Bool = false, defaultAnswer: String? = nil,
        fields: [String]? = nil, store: (@Sendable (E, inout GuidedDraft) -> Void)? = nil,
        clear: (@Sendable (inout GuidedDraft) -> Void)? = nil
    ) -> GuidedQuestion where E.RawValue == String, E: Sendable {
        GuidedQuestion(key: key, text: text, choices: values.map(label), longList: values.count > 8, required: required,
                       defaultAnswer: defaultAnswer, fields: fields, read: { answer, draft, language in
            guard let value = pick(answer, values) else {
                return .problem(t(language, "\"\(answer)\" bukan salah satu pilihan.", "\"\(answer)\" is not one of the choices."))
            }
            if let store { store(value, &draft) } else { draft.fields[key] = .text(value.rawValue) }
            return .accepted(note: nil)
        }, clear: clear)
    }

    /// Any number of `values`, separated by ';' or ','.
    static func choices<E: RawRepresentable & CaseIterable & Labelled>(_ key: String, _ text: LocalizedText, _ values: [E]) -> GuidedQuestion
    where E.RawValue == String, E: Sendable {
        GuidedQuestion(key: key, text: text, choices: values.map(label), longList: values.count > 8) { answer, draft, language in
            var picked: [E] = []
            for item in items(answer, separators: [";", ","]) {
                guard let value = pick(item, values) else {
                    return .problem(t(language, "\"\(item)\" bukan salah satu pilihan.", "\"\(item)\" is not one of the choices."))
                }
                if !picked.contains(where: { $0.rawValue == value.rawValue }) { picked.append(value) }
            }
            draft.fields[key] = .list(picked.map { .text($0.rawValue) })
            return .accepted(note: "→ " + picked.map { $0.label(language) }.joined(separator: "; "))
        }
    }

    static func yesNo(_ key: String, _ id: String, _ en: String, store: (@Sendable (Bool, inout GuidedDraft) -> Void)? = nil) -> GuidedQuestion {
        GuidedQuestion(key: key, text: LocalizedText(id: id, en: en),
                       choices: [LocalizedText(id: "ya", en: "yes"), LocalizedText(id: "tidak", en: "no")]) { answer, draft, language in
            guard let yes = YesNo.parse(answer == "2" ? "no" : answer) else {
                return .problem(t(language, "\"\(answer)\" bukan ya atau tidak.", "\"\(answer)\" is not yes or no."))
            }
            if let store { store(yes, &draft) } else { draft.fields[key] = .text(yes ? "yes" : "no") }
            return .accepted(note: nil)
        }
    }

    /// Free words, several separated by ';'.
    static func words(_ key: String, _ id: String, _ en: String) -> GuidedQuestion {
        GuidedQuestion(key: key, text: LocalizedText(id: id, en: en)) { answer, draft, _ in
            draft.fields[key] = .list(items(answer, separators: [";"]).map { .text($0) })
            return .accepted(note: nil)
        }
    }

    /// A regency or city by name or code, shown back as found.
    static func regency(required: Bool) -> GuidedQuestion {
        GuidedQuestion(key: "regency", text: LocalizedText(id: "Kabupaten/kota (nama atau kode, misalnya Bantul atau 3402)",
                                                           en: "Regency or city (name or code, e.g. Bantul or 3402)"),
                       required: required) { answer, draft, language in
            let found = Validate.resolvedRegency(answer, field: t(language, "Kabupaten/kota", "Regency or city"))
            guard let code = found.code else { return .problem(found.issue?.message(language) ?? answer) }
            draft.fields["regency"] = .text(code)
            return .accepted(note: "→ \(code) " + (Regions.regency(code: code)?.name ?? ""))
        }
    }

    /// KBJI occupations by title words or code, each shown back as found.
    static func kbji(_ key: String, _ text: LocalizedText, many: Bool, required: Bool = false) -> GuidedQuestion {
        GuidedQuestion(key: key, text: text, required: required) { answer, draft, language in
            var codes: [String] = []
            var notes: [String] = []
            for item in many ? items(answer, separators: [";"]) : [answer] {
                let found = Validate.resolvedKBJI(item, field: t(language, "Jabatan KBJI", "KBJI occupation"))
                guard let code = found.code else { return .problem(found.issue?.message(language) ?? item) }
                codes.append(code)
                notes.append((KBJI.entry(code: code)?.displayCode ?? code) + " " + (KBJI.entry(code: code)?.title ?? ""))
            }
            draft.fields[key] = many ? .list(codes.map { .text($0) }) : .text(codes[0])
            return .accepted(note: "→ " + notes.joined(separator: "; "))
        }
    }

    static func label<E: Labelled>(_ value: E) -> LocalizedText {
        LocalizedText(id: value.label(.id), en: value.label(.en))
    }

    /// A choice typed as its number in the list shown, or as its id or words.
    static func pick<E: RawRepresentable & CaseIterable>(_ answer: String, _ values: [E]) -> E? where E.RawValue == String {
        if let number = Int(answer.trimmed), values.indices.contains(number - 1) { return values[number - 1] }
        guard let value = Choice.parse(answer, as: E.self), values.contains(where: { $0.rawValue == value.rawValue }) else { return nil }
        return value
    }

    static func items(_ text: String, separators: Set<Character>) -> [String] {
        text.split(whereSeparator: { separators.contains($0) }).map { String($0).trimmed }.filter { !$0.isEmpty }
    }

    // MARK: Seeker

    /// The needs a Washington Group answer of some difficulty asks about next, in plain words.
    static func followUpNeeds(_ domain: WashingtonGroup.Domain) -> [Need] {
        switch domain {
        case .seeing: return [.screenReaderSystems, .screenMagnification, .accessibleDocuments, .orientationMobility]
        case .hearing: return [.signLanguageInterpreter, .captioning, .hearingLoop, .visualAlerts, .writtenInstructions]
        case .walking: return [.stepFreeAccess, .accessibleToilet, .accessibleParking, .accessibleTransport, .evacuationSupport]
        case .remembering: return [.writtenInstructions, .easyRead, .jobCoach, .quietSpace, .supportiveSupervision]
        case .selfCare: return [.accessibleToilet, .restBreaks, .ergonomicWorkstation, .restArea]
        case .communicating: return [.writtenInstructions, .signLanguageInterpreter, .jobCoach, .easyRead]
        }
    }

    /// The needs are gathered from several questions (a follow-up per difficulty, then the
    /// others): each keeps its own picks, and the record's list is their union, in order.
    static func needsKeys() -> [String] { WashingtonGroup.Domain.allCases.map { "needs." + $0.rawValue } + ["needs"] }

    static func pickNeeds(_ key: String, _ text: LocalizedText, _ values: [Need], applies: @escaping @Sendable (GuidedDraft) -> Bool) -> GuidedQuestion {
        GuidedQuestion(key: key, text: text, choices: values.map(label), longList: values.count > 8, fields: ["needs"], read: { answer, draft, language in
            var picked: [Need] = []
            if YesNo.parse(answer) != false {
                for item in items(answer, separators: [";", ","]) {
                    guard let need = pick(item, values) else {
                        return .problem(t(language, "\"\(item)\" bukan salah satu pilihan.", "\"\(item)\" is not one of the choices."))
                    }
                    if !picked.contains(need) { picked.append(need) }
                }
            }
            draft.picks[key] = picked.map(\.rawValue)
            draft.fields["needs"] = gatheredNeeds(draft)
            return .accepted(note: picked.isEmpty ? nil : "→ " + picked.map { $0.label(language) }.joined(separator: "; "))
        }, clear: { draft in
            draft.picks[key] = nil
            draft.fields["needs"] = gatheredNeeds(draft)
        }, applies: applies)
    }

    static func gatheredNeeds(_ draft: GuidedDraft) -> FieldValue? {
        var all: [String] = []
        for key in needsKeys() { for need in draft.picks[key] ?? [] where !all.contains(need) { all.append(need) } }
        return all.isEmpty ? nil : .list(all.map { .text($0) })
    }

    static func seeker(today: Day, officer: String) -> [GuidedQuestion] {
        var questions: [GuidedQuestion] = [
            text("name", "Nama lengkap", "Full name", required: true),
            text("nik", "NIK, 16 angka", "NIK, 16 digits", required: true),
            regency(required: true),
            choice("education", LocalizedText(id: "Pendidikan terakhir", en: "Highest education"), EducationLevel.allCases, required: true),
            // Checked against the NIK as typed: its digits 7-12 give the birth date and the sex.
            choice("sex", LocalizedText(id: "Jenis kelamin", en: "Sex"), Sex.allCases).alsoAnswering(.nikSex),
            text("birth_date", "Tanggal lahir (TTTT-BB-HH, misalnya 1990-03-12)", "Birth date (YYYY-MM-DD, e.g. 1990-03-12)")
                .alsoAnswering(.nikBirthDateDiffers),
            text("phone", "Nomor telepon", "Phone number"),
            text("email", "Alamat surel", "E-mail address"),
            text("address", "Alamat", "Address"),
            words("skills", "Keterampilan, dipisah titik koma (misalnya menjahit; Microsoft Excel)",
                  "Skills, separated by semicolons (e.g. sewing; Microsoft Excel)"),
            kbji("preferred_occupations", LocalizedText(
                id: "Jabatan yang diminati: nama atau kode KBJI, dipisah titik koma (misalnya petugas entri data; 5120)",
                en: "Preferred occupations: KBJI title or code, separated by semicolons (e.g. petugas entri data; 5120)"), many: true),
            words("languages", "Bahasa yang dikuasai, dipisah titik koma (misalnya Indonesia; Jawa; Bahasa Isyarat Indonesia)",
                  "Languages spoken, separated by semicolons (e.g. Indonesian; Javanese; Indonesian Sign Language)"),
            text("max_hours_per_week", "Paling lama berapa jam kerja per minggu?", "At most how many working hours a week?"),
            yesNo("night_shift_ok", "Bersedia bekerja sif malam?", "Willing to work night shifts?"),
            yesNo("wants_remote", "Ingin bekerja jarak jauh (dari rumah)?", "Wants to work remotely (from home)?"),
            text("wage_expectation", "Harapan upah per bulan, dalam rupiah", "Expected monthly wage, in rupiah"),
        ]
        // The functional profile: the Washington Group questions, each followed, when there is
        // some difficulty, by the needs that difficulty often brings.
        let difficulties = WashingtonGroup.Difficulty.allCases
        for domain in WashingtonGroup.Domain.allCases {
            let dimensions = domain.dimensions
            let key = "wg." + domain.rawValue
            questions.append(choice(
                key, LocalizedText(id: "Washington Group: " + domain.question(.id), en: "Washington Group: " + domain.question(.en)),
                difficulties, fields: dimensions.map { "profile." + $0.rawValue },
                store: { difficulty, draft in
                    var profile = draft.fields["profile"].flatMap { value -> [String: FieldValue]? in
                        if case .map(let map) = value { return map }
                        return nil
                    } ?? [:]
                    for dimension in dimensions {
                        guard let rating = WashingtonGroup.rating(difficulty: difficulty.number, on: dimension, existing: nil, day: today) else { continue }
                        profile[dimension.rawValue] = .map([
                            "without_aids": .text(String(rating.withoutAids)), "with_aids": .text(String(rating.withAids)),
                            "source": .text(rating.source.rawValue), "assessed_on": .text(today.description),
                        ])
                    }
                    draft.fields["profile"] = .map(profile)
                    draft.picks[key] = [difficulty.rawValue]
                },
                clear: { draft in
                    guard case .map(var profile)? = draft.fields["profile"] else { return }
                    for dimension in dimensions { profile[dimension.rawValue] = nil }
                    draft.fields["profile"] = profile.isEmpty ? nil : .map(profile)
                    draft.picks[key] = nil
                }))
            questions.append(pickNeeds(
                "needs." + domain.rawValue,
                LocalizedText(id: "Untuk kesulitan \(domain.label(.id)), apa yang dibutuhkan di tempat kerja? Nomor atau nama, dipisah koma; Enter bila tidak ada",
                              en: "For the difficulty \(domain.label(.en)), what is needed at work? Numbers or names, separated by commas; Enter for none"),
                followUpNeeds(domain), applies: { draft in (draft.picks[key]?.first).flatMap(Int.init).map { $0 >= 2 } ?? false }))
        }
        questions += [
            pickNeeds("needs", LocalizedText(id: "Kebutuhan akomodasi lain, dipisah koma (Enter bila tidak ada)",
                                             en: "Other accommodation needs, separated by commas (Enter for none)"),
                      Need.allCases, applies: { _ in true }),
            choices("safety_restrictions", LocalizedText(id: "Tugas berisiko yang tidak boleh dilakukan, dipisah koma (Enter bila tidak ada)",
                                                         en: "Safety-critical tasks the seeker must not do, separated by commas (Enter for none)"),
                    SafetyTask.allCases),
            yesNo("consent", "Sudah memberi persetujuan mencatat data disabilitas (UU 27/2022)?",
                  "Has consent to record disability information been given (Law 27/2022)?") { yes, draft in
                draft.fields["consent"] = .map(["given": .text(yes ? "yes" : "no"), "recorded_on": .text(today.description),
                                                "recorded_by": .text(officer)])
            },
            // The category is recorded only with consent.
            choice("disability_category", LocalizedText(id: "Ragam disabilitas menurut UU 8/2016 (tidak dipakai untuk pencocokan)",
                                                        en: "Law 8/2016 disability category (never used for matching)"),
                   DisabilityCategory.allCases).only { draft in
                if case .map(let consent)? = draft.fields["consent"], let given = consent["given"]?.text { return YesNo.parse(given) == true }
                return false
            },
        ]
        return questions
    }

    // MARK: Employer

    /// A count answered so far (0 when not answered or not a number: its own question says so).
    static func count(_ draft: GuidedDraft, _ key: String) -> Int {
        draft.fields[key]?.text.flatMap { Int($0.trimmed) } ?? 0
    }

    static func employer() -> [GuidedQuestion] {
        [
            text("name", "Nama perusahaan atau instansi", "Company or agency name", required: true),
            choice("ownership", LocalizedText(id: "Kepemilikan", en: "Ownership"), Ownership.allCases, required: true),
            text("headcount", "Jumlah seluruh pekerja", "Total number of workers", required: true),
            // The breakdown a quota rule may weigh (Japan's: short hours as half, a severe
            // disability twice); Indonesia's rule counts everyone alike, so Enter answers 0.
            text("short_time_workers", "Berapa di antaranya bekerja paruh waktu, 20 sampai 30 jam seminggu? (Enter: 0)",
                 "How many of them work short hours, 20 to 30 hours a week? (Enter: 0)"),
            text("employees_with_disabilities", "Jumlah pekerja penyandang disabilitas saat ini", "Number of workers with disabilities now"),
            text("short_time_with_disabilities", "Berapa pekerja penyandang disabilitas bekerja paruh waktu? (Enter: 0)",
                 "How many of the workers with disabilities work short hours? (Enter: 0)").only { count($0, "employees_with_disabilities") > 0 },
            text("with_severe_disabilities", "Berapa pekerja penyandang disabilitas memiliki disabilitas berat? (Enter: 0)",
                 "How many of the workers with disabilities have a severe disability? (Enter: 0)").only { count($0, "employees_with_disabilities") > 0 },
            text("short_time_with_severe_disabilities", "Berapa pekerja dengan disabilitas berat bekerja paruh waktu? (Enter: 0)",
                 "How many of the workers with a severe disability work short hours? (Enter: 0)")
                .only { count($0, "with_severe_disabilities") > 0 && count($0, "short_time_with_disabilities") > 0 },
            regency(required: true),
            text("sector", "Sektor usaha", "Business sector"),
            text("phone", "Nomor telepon", "Phone number"),
            text("email", "Alamat surel", "E-mail address"),
        ]
    }

    // MARK: Vacancy

    static func vacancy(reasons: ReasonBook) -> [GuidedQuestion] {
        var questions: [GuidedQuestion] = [
            text("workplace", "Kode tempat kerja, misalnya W00001", "Workplace id, e.g. W00001", required: true).uppercasing(),
            text("title", "Nama posisi", "Position title", required: true),
            kbji("kbji", LocalizedText(id: "Jabatan KBJI 2014: nama atau kode (misalnya petugas entri data atau 4132)",
                                       en: "KBJI 2014 occupation: Indonesian title or code (e.g. petugas entri data or 4132)"), many: false, required: true),
            text("openings", "Jumlah lowongan (Enter: 1)", "Number of openings (Enter: 1)"),
            choice("min_education", LocalizedText(id: "Pendidikan minimal", en: "Minimum education"), EducationLevel.allCases),
            text("hours_per_week", "Jam kerja per minggu (Enter: 40)", "Hours a week (Enter: 40)"),
            text("wage_min", "Upah terendah per bulan, dalam rupiah", "Lowest monthly wage, in rupiah"),
            // The order of the two wages is checked when the second is given.
            text("wage_max", "Upah tertinggi per bulan, dalam rupiah", "Highest monthly wage, in rupiah").answering(["wage_max", "wage_min"]),
            text("closes_on", "Tanggal lowongan ditutup (TTTT-BB-HH)", "Closing date (YYYY-MM-DD)"),
            yesNo("night_shift", "Ada sif malam?", "Are there night shifts?"),
            choice("remote", LocalizedText(id: "Bisa dikerjakan jarak jauh?", en: "Can it be done remotely?"), RemoteOption.allCases),
            choices("safety_tasks", LocalizedText(id: "Tugas berisiko dalam pekerjaan ini, dipisah koma (Enter bila tidak ada)",
                                                  en: "Safety-critical tasks in this job, separated by commas (Enter for none)"), SafetyTask.allCases),
        ]
        // The job's demands, one plain question per dimension, the words of each level the
        // catalog's; Enter answers the lowest level (not needed beyond everyday life).
        for dimension in FunctionalDimension.allCases {
            let levels = Array(dimension.scale)
            let key = "demands." + dimension.rawValue
            questions.append(GuidedQuestion(
                key: key,
                text: LocalizedText(id: "Seberapa banyak pekerjaan ini menuntut \(reasons.what(dimension, .id))?",
                                    en: "How much does this job demand \(reasons.what(dimension, .en))?"),
                choices: levels.map { LocalizedText(id: reasons.level(dimension, $0, .id), en: reasons.level(dimension, $0, .en)) },
                defaultAnswer: "1",
                read: { answer, draft, language in
                    var level: Int?
                    if let number = Int(answer), levels.indices.contains(number - 1) { level = levels[number - 1] }
                    let words = SearchWords.of(answer)
                    for candidate in levels where level == nil {
                        if Language.allCases.contains(where: { SearchWords.of(reasons.level(dimension, candidate, $0)) == words }) { level = candidate }
                    }
                    guard let level else {
                        return .problem(t(language, "\"\(answer)\" bukan salah satu pilihan.", "\"\(answer)\" is not one of the choices."))
                    }
                    var demands: [String: FieldValue] = [:]
                    if case .map(let map)? = draft.fields["demands"] { demands = map }
                    demands[dimension.rawValue] = .text(String(level))
                    draft.fields["demands"] = .map(demands)
                    return .accepted(note: nil)
                },
                clear: { draft in
                    guard case .map(var demands)? = draft.fields["demands"] else { return }
                    demands[dimension.rawValue] = nil
                    draft.fields["demands"] = demands.isEmpty ? nil : .map(demands)
                }))
        }
        return questions
    }

    // MARK: Workplace

    static func workplace(catalog: Catalog) -> [GuidedQuestion] {
        [
            text("employer", "Kode pemberi kerja, misalnya E00001", "Employer id, e.g. E00001", required: true).uppercasing(),
            text("name", "Nama tempat kerja, misalnya Kantor pusat", "Workplace name, e.g. Head office", required: true),
            text("address", "Alamat", "Address"),
            regency(required: true),
            choices("features", LocalizedText(id: "Fitur aksesibilitas yang ada, dipisah koma (Enter bila tidak ada)",
                                              en: "Accessibility features in place, separated by commas (Enter for none)"), Feature.allCases),
            accommodations(catalog),
        ]
    }

    /// The accommodations the workplace provides, found in the catalog by words: a search shows
    /// each with its cost and lead time, numbered; typing numbers or ids adds them; Enter ends.
    static func accommodations(_ catalog: Catalog) -> GuidedQuestion {
        GuidedQuestion(
            key: "accommodations",
            text: LocalizedText(id: "Akomodasi yang sudah disediakan: ketik kata untuk mencari di katalog (misalnya pembaca layar), nomor atau kode untuk memilih, \"hapus\" dan kode untuk membuang; Enter bila selesai",
                                en: "Accommodations already provided: type words to search the catalog (e.g. screen reader), numbers or ids to choose, \"remove\" and an id to take one out; Enter when done"),
            read: { answer, draft, language in
                var chosen: [String] = []
                if case .list(let items)? = draft.fields["accommodations"] { chosen = items.compactMap(\.text) }
                let render = TextRender(language: language)
                let now = { (list: [String]) in
                    t(language, "Dipilih: ", "Chosen: ") + (list.isEmpty ? t(language, "belum ada", "none yet")
                        : list.map { id in catalog[id].map { "\(id) (\($0.name.text(language)))" } ?? id }.joined(separator: ", "))
                        + t(language, ". Cari lagi, atau Enter bila selesai.", ". Search again, or press Enter when done.")
                }
                let parts = answer.split(separator: " ", maxSplits: 1).map(String.init)
                if parts.count == 2, ["hapus", "remove"].contains(parts[0].lowercased()) {
                    let id = parts[1].trimmed
                    guard chosen.contains(id) else {
                        return .problem(t(language, "\(id) tidak ada di daftar yang dipilih.", "\(id) is not among those chosen.") + " " + now(chosen))
                    }
                    chosen.removeAll { $0 == id }
                    draft.fields["accommodations"] = chosen.isEmpty ? nil : .list(chosen.map { .text($0) })
                    return .shown(now(chosen))
                }
                let tokens = items(answer, separators: [";", ",", " "])
                let picked = tokens.compactMap { token -> String? in
                    if let number = Int(token), draft.shown.indices.contains(number - 1) { return draft.shown[number - 1] }
                    return catalog[token] != nil ? token : nil
                }
                if !tokens.isEmpty && picked.count == tokens.count {
                    for id in picked where !chosen.contains(id) { chosen.append(id) }
                    draft.fields["accommodations"] = .list(chosen.map { .text($0) })
                    return .shown(now(chosen))
                }
                if tokens.allSatisfy({ Int($0) != nil }) {
                    return .problem(draft.shown.isEmpty
                        ? t(language, "Cari dulu dengan kata, lalu pilih nomornya.", "Search with words first, then choose a number.")
                        : t(language, "Pilih nomor 1–\(draft.shown.count) dari hasil pencarian terakhir.",
                            "Choose a number 1–\(draft.shown.count) from the last search."))
                }
                let found = Array(catalog.search(answer).prefix(10))
                draft.shown = found.map(\.id)
                guard !found.isEmpty else {
                    return .problem(t(language, "Tidak ada akomodasi di katalog untuk \"\(answer)\"; coba kata lain.",
                                      "No catalog accommodation for \"\(answer)\"; try other words."))
                }
                return .shown(found.enumerated().map { "   \($0.offset + 1) " + render.accommodationLine($0.element) }.joined(separator: "\n")
                              + "\n" + t(language, "Ketik nomornya untuk memilih.", "Type the numbers to choose."))
            })
    }
}

extension GuidedQuestion {
    /// The same question, asked only when `applies` says so.
    func only(when applies: @escaping @Sendable (GuidedDraft) -> Bool) -> GuidedQuestion {
        var question = self
        question.applies = applies
        return question
    }

    /// The same question, answering for this problem of another field too.
    func alsoAnswering(_ problem: ValidationIssue.Problem) -> GuidedQuestion {
        var question = self
        question.alsoAnswers.insert(problem)
        return question
    }

    /// The same question, answering for problems in these fields too.
    func answering(_ fields: [String]) -> GuidedQuestion {
        var question = self
        question.fields = fields
        return question
    }

    /// The same question, its answer kept in capitals (record ids: w00001 is W00001).
    func uppercasing() -> GuidedQuestion {
        var question = self
        let read = self.read
        question.read = { answer, draft, language in read(answer.uppercased(), &draft, language) }
        return question
    }
}
