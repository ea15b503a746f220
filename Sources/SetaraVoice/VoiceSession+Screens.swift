import Foundation
import SetaraDomain
import SetaraMatching
import SetaraSpeech
import SetaraStore

extension VoiceSession {
    // MARK: Identification

    /// Orientation first, with no key pressed (V2), then the registration number or NIK, typed
    /// masked (V11). Errors name the field, the problem and the expected form (V8).
    func identify() throws {
        let other: () -> [(Language, String)] = { [unowned self] in
            let language: Language = speaker.language == .id ? .en : .id
            return [(language, speaker.text(.languageOffer, in: language))]
        }
        // The welcome, then at once the offer of the other language in its own voice, then what
        // to type: the offer is heard within seconds, not after the whole prompt (issue 12, 5).
        var ask = Ask(text: { [unowned self] in speaker.text(.identify) }, others: other,
                      lead: { [unowned self] in speaker.text(.welcome) })
        var speak = true
        while true {
            let typed: String
            do {
                typed = try digits(ask, masked: true, maxLength: 16, speakFirst: speak)
            } catch Exit.back, Exit.home {
                // There is no screen before this one: say so, rather than start the welcome again.
                speak = false
                speaker.say(speaker.text(.atStart) + " " + speaker.text(.identify))
                continue
            }
            speak = false
            ask = Ask(text: { [unowned self] in speaker.text(.identify) }, others: other)
            guard let found = try lookUp(typed) else { continue }
            seeker = found
            break
        }
        guard let seeker else { return }
        privateAudio = options.privateAudio
        if !privateAudio {
            let choice = try menu({ [unowned self] in speaker.text(.privacyQuestion) }, [.privacyYes, .privacyNo], answers: true)
            privateAudio = choice == 1
        }
        notice = privateAudio ? speaker.text(.greetingNamed, ["name": Speaker.local(seeker.name)]) : speaker.text(.greeting)
        if let standing = referralStanding(seeker) { notice = (notice.map { $0 + " " } ?? "") + standing }
        try offerInterviewConfirmation(seeker)
        try offerDraft()
    }

    /// Where the seeker's referrals stand (at most three, newest first) and a coming interview,
    /// or nil when none is under way. The employer is not named: others may hear.
    private func referralStanding(_ seeker: Seeker) -> String? {
        guard let open = try? desk.openReferrals(seekerID: seeker.id), !open.isEmpty else { return nil }
        var parts: [String] = []
        for referral in open.prefix(3) {
            let status: Prompt = switch referral.status {
            case .checked: .statusChecked
            case .sent: .statusSent
            case .interview: .statusInterview
            default: .statusRequested
            }
            parts.append(speaker.text(.referralStatus, ["reference": referral.reference, "title": Speaker.local(referral.jobTitle),
                                                        "status": speaker.text(status)]))
        }
        if let next = open.filter({ $0.interviewOn != nil }).min(by: { ($0.interviewOn ?? .earliestBirth) < ($1.interviewOn ?? .earliestBirth) }), let day = next.interviewOn {
            parts.append(speaker.text(.interviewNext, ["title": Speaker.local(next.jobTitle), "date": day.description]))
            if let place = next.interviewPlace { parts.append(speaker.text(.interviewPlace, ["place": Speaker.local(place)])) }
            if next.interviewConfirmedOn != nil { parts.append(speaker.text(.interviewConfirmedAlready)) }
        }
        return parts.joined(separator: " ")
    }

    /// Asks the seeker whether they will come to their next interview, unless they said so
    /// already, and records the answer through the office (Office.confirmInterview, as the seeker).
    /// "Not now" records nothing and goes on to the main menu.
    private func offerInterviewConfirmation(_ seeker: Seeker) throws {
        guard let open = try? desk.openReferrals(seekerID: seeker.id),
              let next = open.filter({ $0.interviewOn != nil && $0.interviewConfirmedOn == nil })
                  .min(by: { ($0.interviewOn ?? .earliestBirth) < ($1.interviewOn ?? .earliestBirth) }),
              let day = next.interviewOn else { return }
        let title = Speaker.local(next.jobTitle)
        let choice: Int
        do {
            choice = try menu({ [unowned self] in speaker.text(.interviewConfirm, ["title": title, "date": day.description]) },
                              [.interviewConfirmYes, .interviewConfirmLater], answers: true)
        } catch Exit.back, Exit.home {
            return
        }
        guard choice == 1 else { return }
        do {
            _ = try desk.confirmInterview(seekerID: seeker.id, reference: next.reference)
            notice = speaker.text(.interviewConfirmed, ["date": day.description])
        } catch {
            speaker.engine.earcon(.error)
            notice = speaker.text(.interviewConfirmFailed)
        }
    }

    /// Finds the seeker, or says what is wrong and returns nil.
    private func lookUp(_ typed: String) throws -> Seeker? {
        var problem: String?
        var found: Seeker?
        if typed.isEmpty {
            problem = speaker.text(.idEmpty)
        } else if typed.count <= RecordKind.seeker.idDigits {
            found = try desk.seeker(registration: typed)
        } else if let issue = Validate.nik(typed) {
            switch issue.problem {
            case .nikProvince: problem = speaker.text(.nikProvince)
            case .nikBirthDate: problem = speaker.text(.nikBirthDate)
            default: problem = speaker.text(.nikLength, ["count": String(typed.count)])
            }
        } else {
            found = try desk.seeker(nik: typed)
        }
        if problem == nil && found == nil { problem = speaker.text(.idNotFound) }
        if let found, found.status != .active {
            problem = speaker.text(.idInactive)
            return reportIdentification(problem)
        }
        if let problem { return reportIdentification(problem) }
        return found
    }

    private func reportIdentification(_ problem: String?) -> Seeker? {
        speaker.engine.earcon(.error)
        notice = nil
        speaker.say((problem ?? "") + " " + speaker.text(.identify))
        return nil
    }

    /// Offers to continue what a timed-out session left (V9: nothing entered is lost).
    private func offerDraft() throws {
        guard let seeker, let draft = try desk.store.draft(seekerID: seeker.id) else { return }
        let choice = try menu({ [unowned self] in speaker.text(.draftOffer) }, [.draftContinue, .draftDiscard])
        try desk.store.deleteDraft(seekerID: seeker.id)
        guard choice == 1 else { return }
        switch draft.kind {
        case "profile":
            if let answers = try? JSONDecoder().decode(ProfileQuestions.Answers.self, from: Data(draft.payload.utf8)) {
                try catchingBack { try updateProfile(resuming: answers) }
            }
        case "referral":
            if let match = try matches().first(where: { $0.vacancy.id == draft.payload }) {
                try catchingBack { try refer(match) }
            }
        default:
            break
        }
    }

    /// Runs a screen; its Back leads to the screen that called it.
    func catchingBack(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch Exit.back {
            notice = speaker.text(.back)
        }
    }

    // MARK: Main menu

    func mainMenu() throws {
        while true {
            let choice: Int
            do {
                choice = try menu({ [unowned self] in speaker.text(.mainMenu) },
                                  [.menuMatches, .menuDetail, .menuReferral, .menuProfile, .menuSettings])
            } catch Exit.back, Exit.home {
                notice = speaker.text(.alreadyHome)
                continue
            }
            do {
                switch choice {
                case 1: try browseMatches()
                case 2: try byNumber { try detail($0) }
                case 3: try byNumber { try refer($0) }
                case 4: try updateProfile(resuming: nil)
                default: try settingsMenu()
                }
            } catch Exit.back {
                notice = speaker.text(.back)
            } catch Exit.home {
                // The main menu's own first words say where the seeker is; before them, only
                // that unfinished answers were kept, when they were.
                notice = takeHomeNotice()
            }
        }
    }

    // MARK: Matches

    func matches() throws -> [SeekerDesk.Match] {
        if let cachedMatches { return cachedMatches }
        guard let seeker else { return [] }
        let found = try desk.matches(for: seeker, top: settingsMatchesRead)
        cachedMatches = found
        return found
    }

    private var settingsMatchesRead: Int { speaker.voices.session.matchesRead }

    /// Reads the matches one at a time as labelled records (V7).
    private func browseMatches() throws {
        let list = try matches()
        guard !list.isEmpty else {
            notice = speaker.text(.noMatches)
            return
        }
        var index = 0
        while true {
            let match = list[index]
            let position = index
            let choice = try menu({ [unowned self] in record(match, position, of: list.count) },
                                  [.listNext, .listPrevious, .listDetail, .listRefer], item: match.vacancy.title)
            switch choice {
            case 1:
                if index + 1 < list.count { index += 1 } else { notice = speaker.text(.lastMatch) }
            case 2:
                if index > 0 { index -= 1 } else { notice = speaker.text(.firstMatch) }
            case 3:
                try catchingBack { try detail(match) }
            default:
                try catchingBack { try refer(match) }
            }
        }
    }

    /// "Lowongan 2 dari 7: posisi ..., perusahaan ..., lokasi ...", then the score, what the
    /// workplace already provides and what it would still have to provide.
    func record(_ match: SeekerDesk.Match, _ index: Int, of count: Int) -> String {
        let result = match.result
        var text = speaker.text(.matchRecord, [
            "number": String(index + 1), "count": String(count), "title": match.vacancy.title,
            "employer": Speaker.local(employerName(match)), "place": Speaker.local(match.place),
            "score": String(result.score), "verdict": result.verdictPhrase(speaker.language, catalog: desk.catalog),
        ])
        text += " " + provisions(match)
        return text
    }

    private func employerName(_ match: SeekerDesk.Match) -> String { match.employer?.name ?? match.workplace.name }

    /// What the workplace provides and what it would still have to provide. What closes the
    /// seeker's own gaps and needs tells others what those are: it is named only when no one else
    /// hears (V11, issue 12, 3); otherwise the workplace's own accommodations and a count.
    private func provisions(_ match: SeekerDesk.Match) -> String {
        let provided = providedNames(match, personal: privateAudio)
        var text = provided.isEmpty ? speaker.text(.matchProvidesNone) : speaker.text(.matchProvides, ["list": list(provided)])
        let needed = match.result.price.accommodations.compactMap { desk.catalog[$0].map { name($0.name.text(speaker.language)) } }
        if needed.isEmpty {
            text += " " + speaker.text(.matchNeedsNone)
        } else if privateAudio {
            text += " " + speaker.text(.matchNeeds, ["list": list(needed)])
        } else {
            text += " " + speaker.text(.matchNeedsCount, ["count": String(needed.count)])
        }
        return text
    }

    /// An accommodation's name as it sits in a sentence: lower case, and in English with its
    /// article ("a calm room", "one task at a time"), the way a person says a list.
    func name(_ catalogName: String) -> String { Self.spokenName(catalogName, speaker.language) }

    static func spokenName(_ catalogName: String, _ language: Language) -> String {
        // Only a capital that starts a sentence is lowered: "Layanan JBI" keeps its acronym,
        // which the normaliser then spells (issue 12, 10).
        let second = catalogName.dropFirst().first
        let lowered = second.map { $0.isUppercase } == true ? catalogName : catalogName.prefix(1).lowercased() + catalogName.dropFirst()
        return language == .en ? EnglishArticle.with(lowered) : lowered
    }

    /// What the workplace already has for this seeker: what closes their gaps and needs in
    /// place, else the first of its accommodations.
    private func providedNames(_ match: SeekerDesk.Match, personal: Bool) -> [String] {
        var ids: [String] = []
        if personal {
            for gap in match.result.gaps { if case .inPlace(let found) = gap.bridging { ids += found } }
            for need in match.result.needs { if case .inPlace(let found) = need.bridging { ids += found } }
        }
        if ids.isEmpty { ids = Array(match.workplace.accommodations.prefix(3)) }
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }.prefix(4).map { id in
            desk.catalog[id].map { name($0.name.text(speaker.language)) }
                ?? Feature(rawValue: id)?.label(speaker.language) ?? id
        }
    }

    private func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " " + speaker.text(.and) + " " + names.last!
    }

    /// One vacancy in full, in plain words (issue 12, 6): a headline and what can be done first,
    /// then pay, hours, education, place and what the employer offers.
    private func detail(_ match: SeekerDesk.Match) throws {
        let choice = try menu({ [unowned self] in
            speaker.text(.detailTitle, ["title": match.vacancy.title, "employer": Speaker.local(employerName(match)),
                                        "verdict": match.result.verdictPhrase(speaker.language, catalog: desk.catalog)])
        }, [.detailRefer], item: match.vacancy.title, tail: { [unowned self] in facts(match) })
        if choice == 1 { try catchingBack { try refer(match) } }
    }

    func facts(_ match: SeekerDesk.Match) -> String {
        let vacancy = match.vacancy
        var sentences: [String] = []
        switch (vacancy.wageMin, vacancy.wageMax) {
        case (let low?, let high?) where high > low:
            sentences.append(speaker.text(.detailPayRange, ["low": Self.rupiah(low), "high": Self.rupiah(high)]))
        case (let low?, _):
            sentences.append(speaker.text(.detailPay, ["amount": Self.rupiah(low)]))
        case (nil, let high?):
            sentences.append(speaker.text(.detailPayUpTo, ["amount": Self.rupiah(high)]))
        case (nil, nil):
            sentences.append(speaker.text(.detailPayUnknown))
        }
        var hours = speaker.text(.detailHours, ["hours": String(vacancy.hoursPerWeek)])
        if vacancy.nightShift { hours += " " + speaker.text(.detailNightShift) }
        switch vacancy.remote {
        case .hybrid: hours += " " + speaker.text(.detailRemoteHybrid)
        case .full: hours += " " + speaker.text(.detailRemoteFull)
        case .none: break
        }
        sentences.append(hours)
        sentences.append(vacancy.minEducation == .none ? speaker.text(.detailEducationNone)
                         : speaker.text(.detailEducation, ["education": vacancy.minEducation.label(speaker.language)]))
        sentences.append(speaker.text(.detailPlace, ["place": Speaker.local(match.place)]))
        sentences.append(provisions(match))
        let price = match.result.price
        if privateAudio && !price.accommodations.isEmpty {
            if price.rupiah.upperBound == 0 {
                sentences.append(speaker.text(.detailCostNone))
            } else {
                sentences.append(speaker.text(.detailCost, ["low": Self.rupiah(price.rupiah.lowerBound),
                                                            "high": Self.rupiah(price.rupiah.upperBound),
                                                            "days": String(price.leadTimeDays)]))
            }
        }
        return sentences.joined(separator: " ")
    }

    /// "Rp 4.500.000", as a person writes it and the normaliser reads it.
    static func rupiah(_ amount: Int) -> String {
        let digits = String(amount)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped += "." }
            grouped.append(digit)
        }
        return "Rp " + grouped
    }

    /// Asks for a match's number, then opens it.
    private func byNumber(_ open: (SeekerDesk.Match) throws -> Void) throws {
        let list = try matches()
        guard !list.isEmpty else {
            notice = speaker.text(.noMatches)
            return
        }
        let ask = Ask(text: { [unowned self] in speaker.text(.askMatchNumber, ["count": String(list.count)]) })
        var speak = true
        while true {
            let typed = try digits(ask, masked: false, maxLength: 2, speakFirst: speak)
            speak = false
            if let number = Int(typed), (1...list.count).contains(number) {
                try open(list[number - 1])
                return
            }
            speaker.engine.earcon(.error)
            speaker.say(typed.isEmpty ? speaker.text(.numberEmpty, ["count": String(list.count)])
                        : speaker.text(.matchNumberInvalid, ["count": String(list.count), "typed": typed]))
        }
    }

    // MARK: Referral

    /// A spoken summary and a confirm step before anything is sent; afterwards a receipt with
    /// its reference number, which the repeat key spells when pressed twice (V12, V14).
    func refer(_ match: SeekerDesk.Match) throws {
        guard let seeker else { return }
        if let existing = try desk.referral(seekerID: seeker.id, vacancyID: match.vacancy.id) {
            notice = speaker.text(.referralExists, ["reference": existing.reference])
            return
        }
        pendingReferral = match.vacancy.id
        let choice = try menu({ [unowned self] in
            speaker.text(.referralSummary, ["title": match.vacancy.title, "employer": Speaker.local(employerName(match)),
                                            "place": Speaker.local(match.place)])
        }, [.confirmSend, .confirmCancel])
        pendingReferral = nil
        guard choice == 1 else {
            notice = speaker.text(.referralCancelled)
            return
        }
        let referral: Referral
        do {
            referral = try desk.refer(seekerID: seeker.id, match: match)
            // A draft of this request, kept when the seeker left it earlier, is done with now.
            try? desk.store.deleteDraft(seekerID: seeker.id)
        } catch {
            notice = speaker.text(.referralFailed)
            return
        }
        _ = try menu({ [unowned self] in speaker.text(.referralReceipt, ["reference": referral.reference]) },
                     [.referralContinue], item: referral.reference)
    }

    // MARK: Profile

    /// The Washington Group questions and the needs, asked aloud one at a time; Back goes to
    /// the question before. A summary and a confirm step come before saving (V12).
    func updateProfile(resuming: ProfileQuestions.Answers?) throws {
        guard let seeker else { return }
        var answers = resuming ?? ProfileQuestions.Answers()
        pendingProfile = answers
        if resuming == nil { notice = speaker.text(.profileIntro, ["count": String(ProfileQuestions.count)]) }
        while answers.position < ProfileQuestions.count {
            let position = answers.position
            let progress = { [unowned self] in
                speaker.text(.questionProgress, ["number": String(position + 1), "count": String(ProfileQuestions.count)])
            }
            do {
                if position < ProfileQuestions.domains.count {
                    let domain = ProfileQuestions.domains[position]
                    let choice = try menu({ [unowned self] in progress() + " " + speaker.text(domain.prompt) },
                                          [.wgAnswer1, .wgAnswer2, .wgAnswer3, .wgAnswer4], answers: true)
                    answers.difficulty[position] = choice
                } else {
                    let need = ProfileQuestions.needs[position - ProfileQuestions.domains.count]
                    let has = seeker.needs.contains(need)
                    let privately = privateAudio
                    let choice = try menu({ [unowned self] in
                        // What is recorded now is the seeker's own data: said only in private (V11).
                        progress() + " " + speaker.text(.needQuestion, ["need": speaker.text(ProfileQuestions.prompt(need))])
                            + (privately ? " " + speaker.text(has ? .needCurrentYes : .needCurrentNo) : "")
                    }, [.yes, .no, .noMoreNeeds], answers: true)
                    if choice == 3 {
                        // The needs not asked about stay as they are recorded.
                        answers.position = ProfileQuestions.count
                        pendingProfile = answers
                        continue
                    }
                    answers.needs[need.rawValue] = choice == 1
                }
                answers.position += 1
                pendingProfile = answers
            } catch Exit.back {
                guard answers.position > 0 else {
                    pendingProfile = nil
                    throw Exit.back
                }
                answers.position -= 1
                pendingProfile = answers
                notice = speaker.text(.previousQuestion)
            }
        }
        let choice = try menu({ [unowned self] in profileSummary(answers, seeker) }, [.confirmSave, .confirmCancel])
        pendingProfile = nil
        guard choice == 1 else {
            notice = speaker.text(.profileCancelled)
            return
        }
        let updated = ProfileQuestions.apply(answers, to: seeker, on: Day.today())
        do {
            try desk.updateProfile(seekerID: seeker.id, profile: updated.profile, needs: updated.needs)
            self.seeker = try desk.store.seeker(id: seeker.id) ?? seeker
            cachedMatches = nil
            notice = speaker.text(.profileSaved)
            // A draft kept when the seeker left the questions earlier would be offered again.
            try? desk.store.deleteDraft(seekerID: seeker.id)
        } catch {
            notice = speaker.text(.saveFailed)
        }
    }

    /// The answers read back before saving, when no one else can hear; otherwise only how many.
    /// The summary is made from what saving would store (`ProfileQuestions.apply`), so that it
    /// says exactly what is saved, needs not asked about included; each answer in a few words,
    /// not the whole question again (issue 12, 7).
    func profileSummary(_ answers: ProfileQuestions.Answers, _ seeker: Seeker) -> String {
        guard privateAudio else {
            return speaker.text(.profileSummaryPrivate, ["count": String(answers.difficulty.count + answers.needs.count)])
        }
        let answerPrompts: [Prompt] = [.wgAnswer1, .wgAnswer2, .wgAnswer3, .wgAnswer4]
        let domains = ProfileQuestions.domains.indices.compactMap { index -> String? in
            guard let difficulty = answers.difficulty[index] else { return nil }
            return speaker.text(ProfileQuestions.domains[index].label) + ": " + speaker.text(answerPrompts[difficulty - 1]) + "."
        }
        let saved = ProfileQuestions.apply(answers, to: seeker, on: Day.today()).needs
        let needed = saved.map { speaker.text(ProfileQuestions.prompt($0)) }
        return speaker.text(.profileSummary, [
            "answers": domains.joined(separator: " "),
            "needs": needed.isEmpty ? speaker.text(.summaryNeedsNone) : list(needed),
        ])
    }

    // MARK: Settings

    /// Rate and volume (also on the = - ] [ keys anywhere), echo and the time limit (V9, V13).
    /// After a change only the new value is said, not the whole menu again (issue 12, 9); R
    /// repeats the menu, with the new value in it.
    private func settingsMenu() throws {
        var speak = true
        while true {
            let choice = try menu({ [unowned self] in
                speaker.text(.settingsMenu, ["rate": String(speaker.rate), "volume": String(speaker.volume)])
            }, [.setFaster, .setSlower, .setLouder, .setSofter, .setMore], speakFirst: speak)
            speak = false
            let step = speaker.voices.session
            switch choice {
            case 1: sayRate(by: step.rateStep)
            case 2: sayRate(by: -step.rateStep)
            case 3: sayVolume(by: step.volumeStep)
            case 4: sayVolume(by: -step.volumeStep)
            default:
                try catchingBack { try moreSettings() }
                speak = true
            }
        }
    }

    private func moreSettings() throws {
        var speak = true
        while true {
            let choice = try menu({ [unowned self] in
                speaker.text(.moreSettingsMenu, ["echo": speaker.text(speaker.echo ? .on : .off),
                                                 "limit": speaker.text(timeLimitEnabled ? .on : .off)])
            }, [.setEcho, .setTimeLimit], speakFirst: speak)
            speak = false
            if choice == 1 {
                speaker.echo.toggle()
                speaker.say(speaker.text(speaker.echo ? .echoOn : .echoOff))
            } else {
                toggleTimeLimit()
                speaker.say(speaker.text(timeLimitEnabled ? .timeLimitOn : .timeLimitOff))
            }
        }
    }
}
