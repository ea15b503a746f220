import Foundation
import Hummingbird
import SetaraApp
import SetaraDomain
import SetaraStore

/// The employer's HR officer and the referrals sent to their vacancies: who was referred, with
/// only what the seeker agreed to share (their needs, with consent; never the disability
/// category or case notes), and the interview and hiring decision, recorded through the same
/// steps as `setara referral interview|hire|decline`.
extension Routes {
    func registerEmployerReferralRoutes(_ router: Router<WebContext>) {
        let employer: Set<AccountRole> = [.employer]

        router.get("/employer/referrals", use: page(employer) { request, context, user in
            let company = try company(user)
            let referrals = try office(user).referrals(ofEmployer: company.id)
            let language = context.language
            return pages.render("employer-referrals", title: word("employer_referrals_title", context), context: context, request: request, data: [
                "referrals": referrals.map { item in
                    ["reference": item.referral.reference, "name": item.letter.seekerName, "vacancy": item.letter.vacancy.title,
                     "status": item.referral.status.label.text(language), "interview": item.referral.interviewOn?.description ?? ""]
                },
                "hasReferrals": !referrals.isEmpty,
            ])
        })

        router.get("/employer/referrals/{reference}", use: page(employer) { request, context, user in
            let company = try company(user)
            let item = try found { try office(user).referral(context.parameters.get("reference") ?? "", ofEmployer: company.id) }
            let status = item.referral.status
            let done = Routes.query(request, "done")
            return pages.render("employer-referral", title: Pages.fill(word("referral_title", context), ["reference": item.referral.reference]),
                                context: context, request: request, data: letterData(item.letter, context).merging([
                                    "status": status.label.text(context.language),
                                    "canInterview": status == .sent, "canDecide": status == .sent || status == .interview,
                                    "doneInterview": done == "interview", "doneHired": done == "hired", "doneDeclined": done == "declined",
                                ]) { $1 })
        })

        router.get("/employer/referrals/{reference}/{step}", use: page(employer) { request, context, user in
            let (item, step) = try employerStep(context, user)
            return employerStepPage(request, context, item, step: step, values: [:], errors: [])
        })

        router.post("/employer/referrals/{reference}/{step}", use: page(employer) { request, context, user in
            let (item, step) = try employerStep(context, user)
            let company = try company(user)
            let office = self.office(user)
            let reference = item.referral.reference
            var values: [String: String] = [:]
            for name in Self.employerStepFields[step] ?? [] { values[name] = context.form.text(name) }
            var errors: [FieldError] = []
            func date(_ name: String) -> Day? {
                let answer = DateAnswer(name, form: context.form, what: word(Self.dateWhat[name] ?? name, context), required: true,
                                        words: { word($0, context) })
                values.merge(answer.values) { _, new in new }
                if let problem = answer.problem { errors.append(problem) }
                return answer.day
            }
            do {
                switch step {
                case "interview":
                    let day = date("date")
                    guard errors.isEmpty, let day else { break }
                    _ = try office.recordInterview(reference, ofEmployer: company.id, on: day, place: values["place"])
                    return Self.redirect("/employer/referrals/\(reference)?done=interview")
                case "decision":
                    switch values["decision"] ?? "" {
                    case "hired": return Self.redirect("/employer/referrals/\(reference)/hire")
                    case "not_hired": return Self.redirect("/employer/referrals/\(reference)/decline")
                    default: errors.append(FieldError(field: "decision", message: word("error_decision_missing", context)))
                    }
                case "hire":
                    let start = date("start")
                    let contract = values["contract"].flatMap(ContractKind.init(rawValue:))
                    if contract == nil { errors.append(FieldError(field: "contract", message: word("error_contract_missing", context))) }
                    let wage = values["wage"].flatMap { Int($0.filter(\.isNumber)) }
                    if wage == nil { errors.append(FieldError(field: "wage", message: word("error_wage", context))) }
                    guard errors.isEmpty, let start, let contract, let wage else { break }
                    _ = try office.recordHire(reference, ofEmployer: company.id, Office.Hire(startOn: start, contract: contract, wage: wage))
                    return Self.redirect("/employer/referrals/\(reference)?done=hired")
                default:
                    guard let reason = values["reason"] else {
                        errors.append(FieldError(field: "reason", message: word("error_reason_missing", context)))
                        break
                    }
                    _ = try office.recordDecline(reference, ofEmployer: company.id, reason: reason)
                    return Self.redirect("/employer/referrals/\(reference)?done=declined")
                }
            } catch let error as AppError {
                let main = (Self.employerStepFields[step] ?? ["main"])[0]
                // A refusal shown at a date marks its three boxes and links to the first.
                errors = fieldErrors(error, context, fieldIDs: ["main": main]).map { problem in
                    Self.dateWhat[problem.field] == nil ? problem : FieldError(field: problem.field, message: problem.message, parts: DateAnswer.parts)
                }
            }
            return employerStepPage(request, context, item, step: step, values: values, errors: errors)
        })
    }

    /// The fields of each page of the employer's answer, the first being where a use case's
    /// refusal is shown.
    static let employerStepFields: [String: [String]] = [
        "interview": ["date", "place"], "decision": ["decision"], "hire": ["start", "contract", "wage"], "decline": ["reason"],
    ]

    /// The dates these pages ask (three boxes each), and the words that name each in a message.
    static let dateWhat = ["date": "date_what_interview", "start": "date_what_start"]

    func employerStep(_ context: WebContext, _ user: SignedIn) throws -> (EmployerReferral, String) {
        let company = try company(user)
        let step = context.parameters.get("step") ?? ""
        guard Self.employerStepFields[step] != nil else { throw WebRefusal.notFound }
        let item = try found { try office(user).referral(context.parameters.get("reference") ?? "", ofEmployer: company.id) }
        return (item, step)
    }

    func employerStepPage(_ request: Request, _ context: WebContext, _ item: EmployerReferral, step: String, values: [String: String],
                          errors: [FieldError]) -> Response {
        let byField = Dictionary(errors.map { ($0.field, $0.message) }) { a, _ in a }
        let language = context.language
        let name = item.letter.seekerName
        var heading: String
        var fields: [Question.Field]
        var single = false
        switch step {
        case "interview":
            heading = Pages.fill(word("interview_title", context), ["name": name])
            fields = [Question.date("date", legend: word("interview_date", context), hint: word("date_hint", context), values: values,
                                    errors: errors, words: { word($0, context) }),
                      Question.input("place", label: word("interview_place", context), hint: word("interview_place_hint", context),
                                     value: values["place"], autocomplete: "street-address", errors: byField)]
        case "decision":
            heading = Pages.fill(word("decision_title", context), ["name": name, "vacancy": item.letter.vacancy.title])
            fields = [Question.radios("decision", legend: heading, options: [("hired", word("decision_hired", context)),
                                                                             ("not_hired", word("decision_not_hired", context))],
                                      selected: values["decision"], errors: byField)]
            single = true
        case "hire":
            heading = Pages.fill(word("hire_title", context), ["name": name])
            fields = [Question.date("start", legend: word("hire_start", context), hint: word("date_hint", context), values: values,
                                    errors: errors, words: { word($0, context) }),
                      Question.radios("contract", legend: word("hire_contract", context),
                                      options: ContractKind.allCases.map { ($0.rawValue, $0.label.text(language)) },
                                      selected: values["contract"], errors: byField),
                      Question.input("wage", label: word("hire_wage", context), hint: word("wage_hint", context), value: values["wage"],
                                     number: true, width: "short", errors: byField)]
        default:
            heading = Pages.fill(word("decline_title", context), ["name": name])
            fields = [Question.input("reason", label: heading, hint: word("decline_hint", context), value: values["reason"], errors: byField)]
            single = true
        }
        let reference = item.referral.reference
        return pages.render("question", title: heading, context: context, request: request, data: [
            "heading": heading, "headingIsLabel": single, "fields": fields, "action": "/employer/referrals/\(reference)/\(step)",
            "back": step == "hire" || step == "decline" ? "/employer/referrals/\(reference)/decision" : "/employer/referrals/" + reference,
            "button": word(step == "decision" ? "continue" : "save_answer", context),
        ], errors: errors, status: errors.isEmpty ? .ok : .badRequest)
    }
}
