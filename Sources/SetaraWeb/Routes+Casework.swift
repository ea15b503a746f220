import Foundation
import Hummingbird
import SetaraApp
import SetaraDomain
import SetaraKit
import SetaraStore

/// An officer's casework in the browser: a referral made from a match, checked with the
/// seeker's consent to share, sent, its letter; what is due today for the office; employer
/// visits; follow-ups of placements; the office's outcome report. Each page calls the same
/// `Office` use case as the `setara referral|due|visit|placement|report` commands, scoped to the
/// account's office (a seeker or referral of another office is "not found").
extension Routes {
    func registerCaseworkRoutes(_ router: Router<WebContext>) {
        let staff: Set<AccountRole> = [.officer, .supervisor]

        router.post("/officer/referrals", use: page(staff) { request, context, user in
            let place = try staffOffice(user)
            let seekerID = context.form.text("seeker") ?? ""
            let vacancyID = context.form.text("vacancy") ?? ""
            let (referral, _) = try found { try office(user).proposeReferral(seekerID: seekerID, vacancyID: vacancyID, inOffice: place) }
            return Self.redirect("/officer/referrals/" + referral.reference)
        })

        router.get("/officer/referrals/{reference}", use: page(staff) { request, context, user in
            try officerReferralPage(request, context, user, errors: [])
        })

        router.post("/officer/referrals/{reference}/check", use: page(staff) { request, context, user in
            let place = try staffOffice(user)
            let reference = context.parameters.get("reference") ?? ""
            _ = try found { try office(user).referral(reference, inOffice: place) }
            guard let answer = context.form.text("consent"), ["yes", "no"].contains(answer) else {
                return try officerReferralPage(request, context, user,
                                               errors: [FieldError(field: "consent", message: word("error_consent_missing", context))])
            }
            do {
                _ = try office(user).advanceReferral(reference, .check(consentToShare: answer == "yes"), inOffice: place)
            } catch let error as AppError {
                return try officerReferralPage(request, context, user, errors: fieldErrors(error, context, fieldIDs: ["main": "consent"]))
            }
            return Self.redirect("/officer/referrals/\(reference.uppercased())?done=checked")
        })

        router.post("/officer/referrals/{reference}/send", use: page(staff) { request, context, user in
            let place = try staffOffice(user)
            let reference = context.parameters.get("reference") ?? ""
            _ = try found { try office(user).referral(reference, inOffice: place) }
            do {
                _ = try office(user).advanceReferral(reference, .send, inOffice: place)
            } catch let error as AppError {
                return try officerReferralPage(request, context, user, errors: fieldErrors(error, context, fieldIDs: ["main": "send"]))
            }
            return Self.redirect("/officer/referrals/\(reference.uppercased())?done=sent")
        })

        // The address a check or send answered from, opened again (a bookmark, the back button):
        // the referral's page, rather than an empty "not found".
        for step in ["check", "send"] {
            router.get("/officer/referrals/{reference}/\(step)", use: page(staff) { _, context, _ in
                Self.redirect("/officer/referrals/" + (context.parameters.get("reference") ?? "").uppercased())
            })
        }

        router.get("/officer/referrals/{reference}/letter", use: page(staff) { request, context, user in
            let place = try staffOffice(user)
            let letter = try found { try office(user).referralLetter(context.parameters.get("reference") ?? "", inOffice: place) }
            return pages.render("letter", title: Pages.fill(word("letter_title", context), ["reference": letter.reference]),
                                context: context, request: request,
                                data: letterData(letter, context).merging(["back": "/officer/referrals/" + letter.reference]) { $1 })
        })

        router.get("/officer/due", use: page(staff) { request, context, user in
            let place = try staffOffice(user)
            let office = self.office(user)
            let items = try office.due(officeID: place.id, officer: nil)
            let language = context.language
            return pages.render("due", title: Pages.fill(word("due_title", context), ["office": place.name]), context: context, request: request, data: [
                "items": items.map { item -> [String: Any] in
                    ["on": item.on.description, "late": item.on < office.today, "jkp": item.jkp,
                     "what": word("due_" + item.kind.rawValue, context) + (item.month.map { " (" + Pages.fill(word("month_n", context), ["month": "\($0)"]) + ")" } ?? ""),
                     "who": item.seekerID ?? item.employerID ?? "", "record": item.recordID, "href": dueLink(item),
                     "officer": item.officer ?? ""]
                },
                "hasItems": !items.isEmpty, "today": office.today.description, "language": language.rawValue,
            ])
        })

        router.get("/officer/visits/new", use: page(staff) { request, context, user in
            _ = try staffOffice(user)
            return visitPage(request, context, values: ["employer": Routes.query(request, "employer") ?? "", "kind": "visit"], errors: [])
        })

        router.post("/officer/visits/new", use: page(staff) { request, context, user in
            _ = try staffOffice(user)
            var values: [String: String] = [:]
            for name in ["employer", "kind", "purpose", "result", "vacancies"] { values[name] = context.form.text(name) }
            var errors: [FieldError] = []
            if values["employer"] == nil { errors.append(FieldError(field: "employer", message: word("error_employer_missing", context))) }
            let kind = values["kind"].flatMap(EmployerVisit.Kind.init(rawValue:))
            if kind == nil { errors.append(FieldError(field: "kind", message: word("error_visit_kind", context))) }
            if values["purpose"] == nil { errors.append(FieldError(field: "purpose", message: word("error_purpose_missing", context))) }
            let obtained = values["vacancies"].map { Int($0) } ?? 0
            if obtained == nil || obtained! < 0 { errors.append(FieldError(field: "vacancies", message: word("error_whole_number", context))) }
            let next = DateAnswer("next", form: context.form, what: word("date_what_next", context), required: false,
                                  words: { word($0, context) })
            values.merge(next.values) { _, new in new }
            if let problem = next.problem { errors.append(problem) }
            guard errors.isEmpty, let kind else { return visitPage(request, context, values: values, errors: errors) }
            do {
                _ = try office(user).addVisit(employerID: values["employer"] ?? "", kind: kind, purpose: values["purpose"] ?? "",
                                              result: values["result"], vacanciesObtained: obtained ?? 0, nextOn: next.day)
            } catch let error as AppError {
                return visitPage(request, context, values: values, errors: fieldErrors(error, context, fieldIDs: ["main": "employer"]))
            }
            return Self.redirect("/officer/due?done=visit")
        })

        router.get("/officer/placements/{id}/follow-up/{month}", use: page(staff) { request, context, user in
            let (placement, _) = try followUpTarget(context, user)
            return followUpPage(request, context, placement: placement, month: context.parameters.get("month") ?? "", values: [:], errors: [])
        })

        router.post("/officer/placements/{id}/follow-up/{month}", use: page(staff) { request, context, user in
            let (placement, place) = try followUpTarget(context, user)
            let month = context.parameters.get("month") ?? ""
            var values: [String: String] = [:]
            for name in ["result", "wage", "accommodations_work", "problems"] { values[name] = context.form.text(name) }
            var errors: [FieldError] = []
            let result = values["result"].flatMap(FollowUp.Result.init(rawValue:))
            if result == nil { errors.append(FieldError(field: "result", message: word("error_follow_up_result", context))) }
            let wage = values["wage"].map { Int($0.filter(\.isNumber)) }
            if case .some(.none) = wage { errors.append(FieldError(field: "wage", message: word("error_whole_number", context))) }
            guard errors.isEmpty, let result else {
                return followUpPage(request, context, placement: placement, month: month, values: values, errors: errors)
            }
            let works: Bool? = values["accommodations_work"].flatMap { $0 == "yes" ? true : $0 == "no" ? false : nil }
            do {
                _ = try office(user).recordFollowUp(placement.id, month: Int(month),
                                                    .init(result: result, wage: wage ?? nil, accommodationsWork: works, problems: values["problems"]),
                                                    inOffice: place)
            } catch let error as AppError {
                return followUpPage(request, context, placement: placement, month: month, values: values,
                                    errors: fieldErrors(error, context, fieldIDs: ["main": "result"]))
            }
            return Self.redirect("/officer/due?done=follow_up")
        })

        router.get("/officer/report", use: page(staff) { request, context, user in
            let place = try staffOffice(user)
            let office = self.office(user)
            let period = Period(from: office.today.adding(days: -364), to: office.today)
            let report = try office.outcomes(.office(place.id), period: period)
            var html = OutcomesHTML.render(report, place: place.name, language: context.language)
            // The report is the same self-contained file as `setara report outcomes --html`; the
            // page adds the way home and the language switch before it.
            let other: Language = context.language == .id ? .en : .id
            let nav = """
                <nav class="setara-nav" aria-label="\(HTMLText.escape(word("nav_label", context)))"><a href="/officer">\(HTMLText.escape(word("back", context)))</a> · \
                <a href="/language?to=\(other.rawValue)&amp;back=%2Fofficer%2Freport" lang="\(other.rawValue)" hreflang="\(other.rawValue)">\
                \(HTMLText.escape(pages.word("switch_to", context.language)))</a></nav>
                """
            if let body = html.range(of: "<body>") { html.insert(contentsOf: nav, at: body.upperBound) }
            var headers = HTTPFields()
            headers[.contentType] = "text/html; charset=utf-8"
            // Its charts carry their own style sheet and sizes: styles inline, still no script.
            headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
        })
    }

    /// Where a due item is dealt with.
    func dueLink(_ item: DueItem) -> String {
        switch item.kind {
        case .followUp: return "/officer/placements/\(item.recordID)/follow-up/\(item.month ?? 0)"
        case .interview, .noAnswer: return "/officer/referrals/" + item.recordID
        case .visit: return "/officer/visits/new?employer=" + (item.employerID ?? "")
        default: return item.seekerID.map { "/officer/seekers/" + $0 } ?? "/officer"
        }
    }

    func followUpTarget(_ context: WebContext, _ user: SignedIn) throws -> (Placement, LabourOffice) {
        let place = try staffOffice(user)
        let office = self.office(user)
        let placement = try found { try office.placement(context.parameters.get("id") ?? "", inOffice: place).0 }
        return (placement, place)
    }

    func officerReferralPage(_ request: Request, _ context: WebContext, _ user: SignedIn, errors: [FieldError]) throws -> Response {
        let place = try staffOffice(user)
        let office = self.office(user)
        let (referral, steps) = try found { try office.referral(context.parameters.get("reference") ?? "", inOffice: place) }
        let seeker = try office.seeker(referral.seekerID, withCategory: false).seeker
        let vacancy = try office.vacancy(referral.vacancyID)
        let language = context.language
        let byField = Dictionary(errors.map { ($0.field, $0.message) }) { a, _ in a }
        let consent = Question.radios("consent", legend: word("consent_question", context), hint: word("consent_hint", context),
                                      options: [("yes", word("answer_yes", context)), ("no", word("answer_no", context))],
                                      selected: nil, errors: byField)
        let done = Routes.query(request, "done")
        return pages.render("officer-referral", title: Pages.fill(word("referral_title", context), ["reference": referral.reference]),
                            context: context, request: request, data: [
                                "reference": referral.reference, "seekerID": seeker.id, "seekerName": seeker.name,
                                "vacancyID": vacancy.id, "vacancyTitle": vacancy.title,
                                "status": referral.status.label.text(language),
                                "steps": steps.map { step in
                                    ["on": step.on.description, "status": step.status.label.text(language), "by": step.officer,
                                     "note": [step.reason, step.interviewOn.map { Pages.fill(word("interview_on", context), ["day": $0.description]) },
                                              step.place, step.consentToShare.map { word($0 ? "consent_given" : "consent_refused", context) }]
                                        .compactMap { $0 }.joined(separator: "; ")]
                                },
                                "canCheck": referral.status == .requested, "fields": referral.status == .requested ? [consent] : [],
                                "canSend": referral.status == .checked, "hasLetter": referral.status.rank >= Referral.Status.checked.rank,
                                "sendError": byField["send"] ?? "",
                                "doneChecked": done == "checked", "doneSent": done == "sent", "isNew": errors.isEmpty && done == nil && steps.count == 1,
                            ], errors: errors, status: errors.isEmpty ? .ok : .badRequest)
    }

    /// What the letter says, for the officer's and the employer's pages alike.
    func letterData(_ letter: ReferralLetter, _ context: WebContext) -> [String: Any] {
        let language = context.language
        return [
            "reference": letter.reference, "date": letter.date.description, "officeName": letter.office?.name ?? "",
            "officer": letter.officer, "seekerName": letter.seekerName, "vacancyTitle": letter.vacancy.title,
            "employerName": letter.employer?.name ?? "", "workplaceName": letter.workplace?.name ?? "",
            "consent": letter.consentToShare, "needs": letter.needs.map { $0.label(language) }, "hasNeeds": !letter.needs.isEmpty,
            "interviewOn": letter.interviewOn?.description ?? "", "interviewPlace": letter.interviewPlace ?? "",
            "hasInterview": letter.interviewOn != nil,
        ]
    }

    func visitPage(_ request: Request, _ context: WebContext, values: [String: String], errors: [FieldError]) -> Response {
        let byField = Dictionary(errors.map { ($0.field, $0.message) }) { a, _ in a }
        let heading = word("visit_title", context)
        let fields: [Question.Field] = [
            Question.input("employer", label: word("visit_employer", context), hint: word("visit_employer_hint", context),
                           value: values["employer"], width: "short", errors: byField),
            Question.radios("kind", legend: word("visit_kind", context),
                            options: EmployerVisit.Kind.allCases.map { ($0.rawValue, word("visit_kind_" + $0.rawValue, context)) },
                            selected: values["kind"], errors: byField),
            Question.input("purpose", label: word("visit_purpose", context), hint: word("visit_purpose_hint", context),
                           value: values["purpose"], errors: byField),
            Question.input("result", label: word("visit_result", context), value: values["result"], errors: byField),
            Question.input("vacancies", label: word("visit_vacancies", context), value: values["vacancies"] ?? "0", number: true,
                           width: "short", errors: byField),
            Question.date("next", legend: word("visit_next", context), hint: word("date_hint", context), values: values, errors: errors,
                          words: { word($0, context) }),
        ]
        return pages.render("question", title: heading, context: context, request: request, data: [
            "heading": heading, "headingIsLabel": false, "fields": fields, "action": "/officer/visits/new",
            "back": "/officer/due", "button": word("save_visit", context),
        ], errors: errors, status: errors.isEmpty ? .ok : .badRequest)
    }

    func followUpPage(_ request: Request, _ context: WebContext, placement: Placement, month: String, values: [String: String],
                      errors: [FieldError]) -> Response {
        let byField = Dictionary(errors.map { ($0.field, $0.message) }) { a, _ in a }
        let language = context.language
        let heading = Pages.fill(word("follow_up_title", context), ["month": month, "placement": placement.id])
        let fields: [Question.Field] = [
            Question.radios("result", legend: word("follow_up_result", context),
                            options: FollowUp.Result.allCases.map { ($0.rawValue, $0.label.text(language)) }, selected: values["result"],
                            errors: byField),
            Question.input("wage", label: word("follow_up_wage", context), hint: word("wage_hint", context), value: values["wage"],
                           number: true, width: "short", errors: byField),
            Question.radios("accommodations_work", legend: word("follow_up_accommodations", context),
                            options: [("yes", word("answer_yes", context)), ("no", word("answer_no", context)),
                                      ("unknown", word("answer_unknown", context))],
                            selected: values["accommodations_work"], errors: byField),
            Question.input("problems", label: word("follow_up_problems", context), value: values["problems"], errors: byField),
        ]
        return pages.render("question", title: heading, context: context, request: request, data: [
            "heading": heading, "headingIsLabel": false, "fields": fields,
            "action": "/officer/placements/\(placement.id)/follow-up/\(month)", "intro": Pages.fill(word("follow_up_intro", context),
                ["job": placement.jobTitle, "start": placement.startOn.description]),
            "back": "/officer/due", "button": word("save_follow_up", context),
        ], errors: errors, status: errors.isEmpty ? .ok : .badRequest)
    }
}
