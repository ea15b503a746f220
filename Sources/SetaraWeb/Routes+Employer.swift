import Foundation
import Hummingbird
import SetaraApp
import SetaraCatalog
import SetaraDomain
import SetaraKit
import SetaraStore

/// The employer's HR officer: their company, its quota position, workplaces with their
/// accessibility and accommodations, and vacancies with the job's demands in plain words.
/// Every record is reached through the account's own company (`Office+EmployerScope`).
extension Routes {
    /// The pages of the company form, one question each.
    static let companySteps = ["name", "ownership", "size", "workforce", "region"]
    /// The pages of the vacancy form: its details, then the job's demands by group.
    static let vacancySteps = ["details"] + DimensionGroup.allCases.map(\.rawValue)

    func registerEmployerRoutes(_ router: Router<WebContext>) {
        let employer: Set<AccountRole> = [.employer]

        router.get("/employer", use: page(employer) { request, context, user in
            try employerHome(request, context, user)
        })

        router.get("/employer/company/{step}", use: page(employer) { request, context, user in
            guard user.account.employerID == nil else { return Self.redirect("/employer") }
            let step = context.parameters.get("step") ?? ""
            guard Self.companySteps.contains(step) else { throw WebRefusal.notFound }
            return companyPage(request, context, step: step, values: draft(context, "company"), errors: [])
        })

        router.post("/employer/company/{step}", use: page(employer) { request, context, user in
            guard user.account.employerID == nil else { return Self.redirect("/employer") }
            let step = context.parameters.get("step") ?? ""
            guard let position = Self.companySteps.firstIndex(of: step) else { throw WebRefusal.notFound }
            var values = draft(context, "company")
            let names = Self.companyFields[step] ?? []
            for name in names { values[name] = context.form.text(name) }
            let office = self.office(user)
            // Checked as the guided questions are: the fields still to come stand in, so that the
            // record's own checks (a part no larger than its whole) judge this page's answers now;
            // this page's fields left empty are given as empty, so that a required one is missing.
            var answered = Self.fieldValues(values)
            for name in names where answered[name] == nil { answered[name] = .text("") }
            let issues = try office.problems(.employer, answered).filter { names.contains($0.field) }
            guard issues.isEmpty else {
                let errors = issues.map { FieldError(field: $0.field, message: issueMessage($0, context)) }
                return companyPage(request, context, step: step, values: values, errors: errors)
            }
            if position + 1 < Self.companySteps.count {
                try saveDraft(context, "company", values)
                return Self.redirect("/employer/company/" + Self.companySteps[position + 1])
            }
            do {
                let saved = try office.registerEmployer(Self.fieldValues(values))
                try accounts.store.setEmployer(username: user.account.username, employerID: saved.record.id)
                try saveDraft(context, "company", nil)
                return Self.redirect("/employer?done=company")
            } catch let error as AppError {
                return companyPage(request, context, step: step, values: values, errors: stepErrors(error, context, steps: Self.companyFields,
                                                                                                     base: "/employer/company/"))
            }
        })

        // The counts of workers, changed whenever the company's workforce changes.
        router.get("/employer/workers", use: page(employer) { request, context, user in
            let company = try company(user)
            var values: [String: String] = [:]
            for (field, value) in RecordExport.fields(company) where Self.workforceNames.contains(field) { values[field] = value.cell }
            return workersPage(request, context, values: values, errors: [])
        })

        router.post("/employer/workers", use: page(employer) { request, context, user in
            let company = try company(user)
            var values: [String: String] = [:]
            for name in Self.workforceNames { values[name] = context.form.text(name) ?? "" }
            do {
                _ = try office(user).updateWorkforce(ofEmployer: company.id, values.mapValues { Optional($0) })
                return Self.redirect("/employer?done=workers")
            } catch let error as AppError {
                return workersPage(request, context, values: values, errors: fieldErrors(error, context))
            }
        })

        router.get("/employer/workplaces/new", use: page(employer) { request, context, user in
            _ = try company(user)
            return workplacePage(request, context, values: [:], features: [], errors: [])
        })

        router.post("/employer/workplaces/new", use: page(employer) { request, context, user in
            let company = try company(user)
            var values: [String: String] = [:]
            for name in ["name", "address", "regency"] { values[name] = context.form.text(name) }
            let features = context.form.all("features")
            var fields = Self.fieldValues(values)
            fields["features"] = .list(features.map(FieldValue.text))
            do {
                let saved = try office(user).registerWorkplace(fields, forEmployer: company.id)
                return Self.redirect("/employer/workplaces/\(saved.record.id)/accommodations?done=workplace")
            } catch let error as AppError {
                return workplacePage(request, context, values: values, features: Set(features), errors: fieldErrors(error, context))
            }
        })

        router.get("/employer/workplaces/{id}", use: page(employer) { request, context, user in
            let company = try company(user)
            let office = self.office(user)
            let workplace = try found { try office.workplace(context.parameters.get("id") ?? "", ofEmployer: company.id) }
            let vacancies = try office.vacancies(ofEmployer: company.id).filter { $0.workplaceID == workplace.id }
            return pages.render("workplace", title: workplace.name, context: context, request: request,
                                data: workplaceData(workplace, context).merging([
                                    "vacancies": vacancies.map { ["id": $0.id, "title": $0.title] },
                                ]) { $1 })
        })

        router.get("/employer/workplaces/{id}/accommodations", use: page(employer) { request, context, user in
            let company = try company(user)
            let workplace = try found { try office(user).workplace(context.parameters.get("id") ?? "", ofEmployer: company.id) }
            return accommodationsPage(request, context, workplace)
        })

        router.post("/employer/workplaces/{id}/accommodations", use: page(employer) { request, context, user in
            let company = try company(user)
            let office = self.office(user)
            let workplace = try found { try office.workplace(context.parameters.get("id") ?? "", ofEmployer: company.id) }
            let add = context.form.all("add").filter { !workplace.accommodations.contains($0) }
            let remove = context.form.all("remove").filter { workplace.accommodations.contains($0) }
            if !add.isEmpty || !remove.isEmpty {
                _ = try office.updateWorkplace(workplace.id, RecordEdit(add: ["accommodations": add], remove: ["accommodations": remove]))
            }
            return Self.redirect("/employer/workplaces/\(workplace.id)/accommodations?done=saved")
        })

        router.get("/employer/vacancies/new/{step}", use: page(employer) { request, context, user in
            let company = try company(user)
            let step = context.parameters.get("step") ?? ""
            guard Self.vacancySteps.contains(step) else { throw WebRefusal.notFound }
            // A vacancy is at a workplace: without one, the HR officer adds it first.
            if try office(user).workplaces(ofEmployer: company.id).isEmpty { return Self.redirect("/employer/workplaces/new") }
            var values = draft(context, "vacancy")
            if let workplace = Routes.query(request, "workplace"), step == "details" { values["workplace"] = workplace }
            return try vacancyPage(request, context, company: company, user: user, step: step, values: values, errors: [])
        })

        router.post("/employer/vacancies/new/{step}", use: page(employer) { request, context, user in
            let company = try company(user)
            let step = context.parameters.get("step") ?? ""
            guard let position = Self.vacancySteps.firstIndex(of: step) else { throw WebRefusal.notFound }
            var values = draft(context, "vacancy")
            let names = vacancyFieldNames(step)
            for name in names { values[name] = context.form.text(name) }
            let office = self.office(user)
            var issues = try office.check(.vacancy, vacancyFields(values)).filter { issue in
                names.contains(issue.field) || names.contains(issue.field.replacingOccurrences(of: "demands.", with: "demand_"))
            }
            if step == "details", let workplaceID = values["workplace"],
               (try? office.workplace(workplaceID, ofEmployer: company.id)) == nil {
                issues.append(ValidationIssue(field: "workplace", problem: .missing))
            }
            guard issues.isEmpty else {
                let errors = issues.map { FieldError(field: $0.field.replacingOccurrences(of: "demands.", with: "demand_"),
                                                     message: issueMessage($0, context)) }
                return try vacancyPage(request, context, company: company, user: user, step: step, values: values, errors: errors)
            }
            if position + 1 < Self.vacancySteps.count {
                try saveDraft(context, "vacancy", values)
                return Self.redirect("/employer/vacancies/new/" + Self.vacancySteps[position + 1])
            }
            do {
                let saved = try office.registerVacancy(vacancyFields(values), forEmployer: company.id)
                try saveDraft(context, "vacancy", nil)
                return Self.redirect("/employer/vacancies/\(saved.record.id)?done=vacancy")
            } catch let error as AppError {
                return try vacancyPage(request, context, company: company, user: user, step: step, values: values,
                                       errors: fieldErrors(error, context))
            }
        })

        router.get("/employer/vacancies/{id}", use: page(employer) { request, context, user in
            let company = try company(user)
            let office = self.office(user)
            let vacancy = try found { try office.vacancy(context.parameters.get("id") ?? "", ofEmployer: company.id) }
            let workplace = try office.workplace(vacancy.workplaceID)
            let language = context.language
            let demands = FunctionalDimension.allCases.filter { vacancy.demand($0) > $0.scale.lowerBound }.map { dimension in
                ["what": catalog.reasons.what(dimension, language), "level": catalog.reasons.level(dimension, vacancy.demand(dimension), language)]
            }
            return pages.render("vacancy", title: vacancy.title, context: context, request: request, data: [
                "id": vacancy.id, "vacancyTitle": vacancy.title, "kbji": vacancy.kbji, "openings": String(vacancy.openings),
                "hours": String(vacancy.hoursPerWeek), "education": vacancy.minEducation.label(language),
                "workplaceID": workplace.id, "workplaceName": workplace.name, "demands": demands, "hasDemands": !demands.isEmpty,
                "done": Routes.query(request, "done") == "vacancy",
            ])
        })
    }

    // MARK: Pages

    /// The account's company; an account without one is sent to register it.
    func company(_ user: SignedIn) throws -> Employer {
        guard let id = user.account.employerID else { throw WebRefusal.forbidden }
        return try office(user).employer(id)
    }

    func employerHome(_ request: Request, _ context: WebContext, _ user: SignedIn) throws -> Response {
        guard let id = user.account.employerID else {
            return pages.render("employer-start", title: word("employer_start_title", context), context: context, request: request)
        }
        let office = self.office(user)
        let employer = try office.employer(id)
        let quota = try office.quota(employer)
        let workplaces = try office.workplaces(ofEmployer: id)
        let vacancies = try office.vacancies(ofEmployer: id)
        let language = context.language
        let employed = String(Int(quota.counted))
        let quotaText = quota.meetsQuota
            ? Pages.fill(word("quota_met", context), ["required": "\(quota.required)", "employed": employed])
            : Pages.fill(word("quota_short", context), ["required": "\(quota.required)", "employed": employed,
                                                          "shortfall": "\(quota.shortfall)"])
        return pages.render("employer-home", title: employer.name, context: context, request: request, data: [
            "company": ["id": employer.id, "name": employer.name, "ownership": employer.ownership.label(language),
                        "headcount": String(employer.headcount), "withDisabilities": String(employer.employeesWithDisabilities),
                        "shortTime": String(employer.shortTimeWorkers), "shortTimeDisabled": String(employer.shortTimeWithDisabilities),
                        "severe": String(employer.withSevereDisabilities), "severeShortTime": String(employer.shortTimeWithSevereDisabilities),
                        "region": Regions.regency(code: employer.regencyCode)?.name ?? employer.regencyCode],
            "quotaRule": Pages.fill(word("quota_rule", context), ["percent": quota.percent == quota.percent.rounded() ? String(Int(quota.percent)) : String(quota.percent)]),
            "quotaText": quotaText, "quotaMet": quota.meetsQuota,
            "workplaces": workplaces.map { ["id": $0.id, "name": $0.name] }, "hasWorkplaces": !workplaces.isEmpty,
            "vacancies": vacancies.map { ["id": $0.id, "title": $0.title, "status": word("status_" + $0.status.rawValue, context)] },
            "hasVacancies": !vacancies.isEmpty,
            "done": Routes.query(request, "done") == "company", "doneWorkers": Routes.query(request, "done") == "workers",
        ])
    }

    static let companyFields: [String: [String]] = [
        "name": ["name"], "ownership": ["ownership"], "size": ["headcount", "employees_with_disabilities"],
        "workforce": ["short_time_workers", "short_time_with_disabilities", "with_severe_disabilities", "short_time_with_severe_disabilities"],
        "region": ["regency"],
    ]

    /// The counts of workers, as their inputs are named (`Office.workforceFields`).
    static let workforceNames = Office.workforceFields.map(\.rawValue)

    /// The inputs of the workforce breakdown, labelled as a person says them.
    func breakdownInputs(_ context: WebContext, values: [String: String], errors: [String: String]) -> [Question.Field] {
        [Question.input("short_time_workers", label: word("company_short_time", context), hint: word("company_short_time_hint", context),
                        value: values["short_time_workers"], number: true, width: "short", errors: errors),
         Question.input("short_time_with_disabilities", label: word("company_short_time_disabled", context),
                        value: values["short_time_with_disabilities"], number: true, width: "short", errors: errors),
         Question.input("with_severe_disabilities", label: word("company_severe", context), hint: word("company_severe_hint", context),
                        value: values["with_severe_disabilities"], number: true, width: "short", errors: errors),
         Question.input("short_time_with_severe_disabilities", label: word("company_severe_short_time", context),
                        value: values["short_time_with_severe_disabilities"], number: true, width: "short", errors: errors)]
    }

    /// The company's counts of workers on one page, as they stand, to change.
    func workersPage(_ request: Request, _ context: WebContext, values: [String: String], errors: [FieldError]) -> Response {
        let byField = Dictionary(errors.map { ($0.field, $0.message) }) { a, _ in a }
        let heading = word("company_workers_title", context)
        let fields = [Question.input("headcount", label: word("company_headcount", context), value: values["headcount"], number: true,
                                     width: "short", errors: byField),
                      Question.input("employees_with_disabilities", label: word("company_disabled_workers", context),
                                     hint: word("company_disabled_workers_hint", context),
                                     value: values["employees_with_disabilities"], number: true, width: "short", errors: byField)]
            + breakdownInputs(context, values: values, errors: byField)
        return pages.render("question", title: heading, context: context, request: request, data: [
            "heading": heading, "headingIsLabel": false, "intro": word("company_workforce_intro", context), "fields": fields,
            "action": "/employer/workers", "back": "/employer", "button": word("save_workers", context),
        ], errors: errors, status: errors.isEmpty ? .ok : .badRequest)
    }

    func companyPage(_ request: Request, _ context: WebContext, step: String, values: [String: String], errors: [FieldError]) -> Response {
        let byField = Dictionary(errors.map { ($0.field, $0.message) }) { a, _ in a }
        let language = context.language
        let fields: [Question.Field]
        let heading: String
        switch step {
        case "name":
            heading = word("company_name_q", context)
            fields = [Question.input("name", label: heading, hint: word("company_name_hint", context), value: values["name"],
                                     autocomplete: "organization", errors: byField)]
        case "ownership":
            heading = word("company_ownership_q", context)
            fields = [Question.radios("ownership", legend: heading, hint: word("company_ownership_hint", context),
                                      options: Ownership.allCases.map { ($0.rawValue, $0.label(language)) },
                                      selected: values["ownership"], errors: byField)]
        case "size":
            heading = word("company_size_q", context)
            fields = [Question.input("headcount", label: word("company_headcount", context), value: values["headcount"], number: true,
                                     width: "short", errors: byField),
                      Question.input("employees_with_disabilities", label: word("company_disabled_workers", context),
                                     hint: word("company_disabled_workers_hint", context),
                                     value: values["employees_with_disabilities"], number: true, width: "short", errors: byField)]
        case "workforce":
            heading = word("company_workforce_q", context)
            fields = breakdownInputs(context, values: values, errors: byField)
        default:
            heading = word("company_region_q", context)
            fields = [Question.select("regency", label: heading, hint: word("region_hint", context), groups: Question.regencies(),
                                      selected: values["regency"], prompt: word("choose", context), errors: byField)]
        }
        let position = Self.companySteps.firstIndex(of: step) ?? 0
        return pages.render("question", title: heading, context: context, request: request, data: [
            "heading": heading, "headingIsLabel": fields.count == 1, "fields": fields, "action": "/employer/company/" + step,
            "intro": step == "workforce" ? word("company_workforce_intro", context) : "",
            "progress": Pages.fill(word("step_of", context), ["step": "\(position + 1)", "count": "\(Self.companySteps.count)"]),
            "back": position == 0 ? "/employer" : "/employer/company/" + Self.companySteps[position - 1],
            "button": word(position + 1 == Self.companySteps.count ? "register_company" : "continue", context),
        ], errors: errors, status: errors.isEmpty ? .ok : .badRequest)
    }

    /// Errors of a whole form, each linked to the page of its question.
    func stepErrors(_ error: AppError, _ context: WebContext, steps: [String: [String]], base: String) -> [FieldError] {
        fieldErrors(error, context).map { error in
            guard let step = steps.first(where: { $0.value.contains(error.field) })?.key else { return error }
            return FieldError(field: error.field, message: error.message, href: base + step + "#" + error.field)
        }
    }

    func workplacePage(_ request: Request, _ context: WebContext, values: [String: String], features: Set<String>,
                       errors: [FieldError]) -> Response {
        let byField = Dictionary(errors.map { ($0.field, $0.message) }) { a, _ in a }
        let language = context.language
        let heading = word("workplace_new_title", context)
        let fields: [Question.Field] = [
            Question.input("name", label: word("workplace_name", context), hint: word("workplace_name_hint", context),
                           value: values["name"], errors: byField),
            Question.input("address", label: word("workplace_address", context), value: values["address"],
                           autocomplete: "street-address", errors: byField),
            Question.select("regency", label: word("workplace_region", context), groups: Question.regencies(), selected: values["regency"],
                            prompt: word("choose", context), errors: byField),
            Question.checkboxes("features", legend: word("workplace_features", context), hint: word("workplace_features_hint", context),
                                options: Feature.allCases.map { ($0.rawValue, $0.label(language)) }, selected: features, errors: byField),
        ]
        return pages.render("question", title: heading, context: context, request: request, data: [
            "heading": heading, "headingIsLabel": false, "fields": fields, "action": "/employer/workplaces/new",
            "back": "/employer", "button": word("save_workplace", context),
        ], errors: errors, status: errors.isEmpty ? .ok : .badRequest)
    }

    func workplaceData(_ workplace: Workplace, _ context: WebContext) -> [String: Any] {
        let language = context.language
        return [
            "id": workplace.id, "name": workplace.name, "address": workplace.address ?? "",
            "region": Regions.regency(code: workplace.regencyCode)?.name ?? workplace.regencyCode,
            "features": workplace.features.map { $0.label(language) }, "hasFeatures": !workplace.features.isEmpty,
            "accommodations": workplace.accommodations.map { catalog[$0]?.name.text(language) ?? $0 },
            "hasAccommodations": !workplace.accommodations.isEmpty,
        ]
    }

    func accommodationsPage(_ request: Request, _ context: WebContext, _ workplace: Workplace) -> Response {
        let language = context.language
        let render = TextRender(language: language)
        let query = Routes.query(request, "q")?.trimmingCharacters(in: .whitespaces) ?? ""
        func row(_ item: Accommodation, index: Int, name: String) -> [String: Any] {
            ["id": item.id, "optionID": "\(name)-\(index)", "name": item.name.text(language), "description": item.description.text(language),
             "cost": render.costLabel(item.costBand),
             "lead": Pages.fill(word("lead_days", context), ["days": "\(item.leadTimeDays)"])]
        }
        let provided = workplace.accommodations.compactMap { catalog[$0] }
        let results = query.isEmpty ? [] : catalog.search(query).filter { !workplace.accommodations.contains($0.id) }.prefix(30)
        let done = Routes.query(request, "done")
        return pages.render("accommodations", title: Pages.fill(word("accommodations_title", context), ["name": workplace.name]),
                            context: context, request: request, data: [
                                "workplaceID": workplace.id, "query": query, "searched": !query.isEmpty,
                                "provided": provided.enumerated().map { row($1, index: $0, name: "remove") }, "hasProvided": !provided.isEmpty,
                                "results": results.enumerated().map { row($1, index: $0, name: "add") }, "hasResults": !results.isEmpty,
                                "doneWorkplace": done == "workplace", "doneSaved": done == "saved",
                            ])
    }

    func vacancyFieldNames(_ step: String) -> [String] {
        if step == "details" { return ["workplace", "title", "kbji", "openings", "hours_per_week", "min_education"] }
        guard let group = DimensionGroup(rawValue: step) else { return [] }
        return FunctionalDimension.allCases.filter { $0.group == group }.map { "demand_" + $0.rawValue }
    }

    /// The vacancy form's answers as the record's fields: demands nested, as an import file has them.
    func vacancyFields(_ values: [String: String]) -> [String: FieldValue] {
        var fields: [String: FieldValue] = [:]
        var demands: [String: FieldValue] = [:]
        for (name, value) in values {
            if name.hasPrefix("demand_") { demands[String(name.dropFirst(7))] = .text(value) } else { fields[name] = .text(value) }
        }
        if !demands.isEmpty { fields["demands"] = .map(demands) }
        return fields
    }

    func vacancyPage(_ request: Request, _ context: WebContext, company: Employer, user: SignedIn, step: String,
                     values: [String: String], errors: [FieldError]) throws -> Response {
        let byField = Dictionary(errors.map { ($0.field, $0.message) }) { a, _ in a }
        let language = context.language
        let position = Self.vacancySteps.firstIndex(of: step) ?? 0
        var heading: String
        var fields: [Question.Field] = []
        if step == "details" {
            heading = word("vacancy_details_title", context)
            let workplaces = try office(user).workplaces(ofEmployer: company.id)
            fields = [
                Question.radios("workplace", legend: word("vacancy_workplace", context), options: workplaces.map { ($0.id, $0.name) },
                                selected: values["workplace"] ?? (workplaces.count == 1 ? workplaces.first?.id : nil), errors: byField),
                Question.input("title", label: word("vacancy_title", context), hint: word("vacancy_title_hint", context),
                               value: values["title"], errors: byField),
                Question.input("kbji", label: word("vacancy_kbji", context), hint: word("vacancy_kbji_hint", context),
                               value: values["kbji"], number: true, width: "short", errors: byField),
                Question.input("openings", label: word("vacancy_openings", context), value: values["openings"] ?? "1", number: true,
                               width: "short", errors: byField),
                Question.input("hours_per_week", label: word("vacancy_hours", context), value: values["hours_per_week"] ?? "40",
                               number: true, width: "short", errors: byField),
                Question.radios("min_education", legend: word("vacancy_education", context),
                                options: EducationLevel.allCases.map { ($0.rawValue, $0.label(language)) },
                                selected: values["min_education"] ?? EducationLevel.none.rawValue, errors: byField),
            ]
        } else {
            let group = DimensionGroup(rawValue: step) ?? .physical
            heading = word("demands_" + group.rawValue, context)
            for dimension in FunctionalDimension.allCases where dimension.group == group {
                let id = "demand_" + dimension.rawValue
                let levels = dimension.scale.map { (String($0), catalog.reasons.level(dimension, $0, language)) }
                fields.append(Question.radios(id, legend: Pages.fill(word("demand_question", context),
                                                                    ["what": catalog.reasons.what(dimension, language)]),
                                              options: levels, selected: values[id] ?? String(dimension.scale.lowerBound), errors: byField))
            }
        }
        let last = position + 1 == Self.vacancySteps.count
        return pages.render("question", title: heading, context: context, request: request, data: [
            "heading": heading, "headingIsLabel": false, "fields": fields, "action": "/employer/vacancies/new/" + step,
            "intro": step == "details" ? "" : word("demands_intro", context),
            "progress": Pages.fill(word("step_of", context), ["step": "\(position + 1)", "count": "\(Self.vacancySteps.count)"]),
            "back": position == 0 ? "/employer" : "/employer/vacancies/new/" + Self.vacancySteps[position - 1],
            "button": word(last ? "save_vacancy" : "continue", context),
        ], errors: errors, status: errors.isEmpty ? .ok : .badRequest)
    }

    static func fieldValues(_ values: [String: String]) -> [String: FieldValue] {
        values.mapValues { FieldValue.text($0) }
    }
}

extension Pages {
    /// A sentence with its `{placeholders}` filled.
    static func fill(_ template: String, _ values: [String: String]) -> String { ReasonBook.fill(template, values) }
}
