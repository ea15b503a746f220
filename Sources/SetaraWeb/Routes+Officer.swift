import Foundation
import Hummingbird
import SetaraApp
import SetaraCatalog
import SetaraDomain
import SetaraMatching
import SetaraStore

/// Officers and supervisors: find seekers, open a profile (each opening written to the audit
/// log), rank vacancies for a seeker and seekers for a vacancy with the reasons; supervisors
/// also read the audit log.
extension Routes {
    func registerOfficerRoutes(_ router: Router<WebContext>) {
        let staff: Set<AccountRole> = [.officer, .supervisor]

        router.get("/officer", use: page(staff) { request, context, user in
            let query = Routes.query(request, "q")?.trimmingCharacters(in: .whitespaces) ?? ""
            let region = Routes.query(request, "region")?.trimmingCharacters(in: .whitespaces) ?? ""
            let searched = !query.isEmpty || !region.isEmpty
            let place = try staffOffice(user)
            let seekers = searched ? try office(user).findSeekers(search: query, region: region, limit: 50, inOffice: place) : []
            return pages.render("officer-home", title: word("officer_title", context), context: context, request: request, data: [
                "query": query, "region": region, "searched": searched, "hasResults": !seekers.isEmpty,
                "officeName": place.name, "isSupervisor": user.account.role == .supervisor,
                "seekers": seekers.map { seeker in
                    ["id": seeker.id, "name": seeker.name,
                     "region": Regions.regency(code: seeker.regencyCode)?.name ?? seeker.regencyCode,
                     "status": word("seeker_status_" + seeker.status.rawValue, context)]
                },
            ])
        })

        router.get("/officer/seekers/{id}", use: page(staff) { request, context, user in
            let office = self.office(user)
            let place = try staffOffice(user)
            let opened = try found { try office.seekerProfile(context.parameters.get("id") ?? "", inOffice: place) }
            let (seeker, category) = (opened.seeker, opened.category)
            let language = context.language
            let profile = FunctionalDimension.allCases.compactMap { dimension -> [String: String]? in
                guard let rating = seeker.profile[dimension] else { return nil }
                return ["what": dimension.label(language),
                        "withoutAids": catalog.reasons.level(dimension, rating.withoutAids, language),
                        "withAids": catalog.reasons.level(dimension, rating.withAids, language)]
            }
            return pages.render("seeker", title: seeker.name, context: context, request: request, data: [
                "id": seeker.id, "name": seeker.name,
                "region": Regions.regency(code: seeker.regencyCode)?.name ?? seeker.regencyCode,
                "education": seeker.education.label(language), "skills": seeker.skills.joined(separator: ", "),
                "occupations": seeker.preferredOccupations.joined(separator: ", "),
                "status": word("seeker_status_" + seeker.status.rawValue, context),
                "needs": seeker.needs.map { $0.label(language) }, "hasNeeds": !seeker.needs.isEmpty,
                "profile": profile, "hasProfile": !profile.isEmpty,
                "consent": word(seeker.consent.given ? "answer_yes" : "answer_no", context),
                "category": category?.label(language) ?? "", "hasCategory": category != nil,
                "referrals": opened.referrals.map { item in
                    ["reference": item.referral.reference, "status": item.referral.status.label.text(language), "vacancy": item.vacancyTitle]
                },
                "hasReferrals": !opened.referrals.isEmpty,
            ])
        })

        router.get("/officer/seekers/{id}/matches", use: page(staff) { request, context, user in
            let office = self.office(user)
            let place = try staffOffice(user)
            // The use case logs the view of the seeker's record.
            let ranking = try found { try office.rankVacancies(forSeeker: context.parameters.get("id") ?? "", RankRequest(top: 10), inOffice: place) }
            let language = context.language
            let results = ranking.results.map { item -> [String: Any] in
                let reasons = item.result.reasons(language, catalog: catalog, audience: .officer)
                // Each result's words are put together here, so that the template's loop asks
                // nothing of the page around it (each such look-up climbs the template's context).
                return ["vacancyID": item.vacancy.id, "seekerID": ranking.seeker.id,
                        "href": "/officer/vacancies/\(item.vacancy.id)/matches", "label": item.vacancy.title,
                        "detail": "– " + [item.employer?.name, item.workplace.name].compactMap { $0 }.joined(separator: ", "),
                        "refer": word("refer_to", context) + " " + item.vacancy.title, "score": String(item.result.score),
                        "verdict": item.result.verdictPhrase(language, catalog: catalog), "reasons": reasons]
            }
            return pages.render("matches", title: Pages.fill(word("matches_for_seeker", context), ["name": ranking.seeker.name]),
                                context: context, request: request, data: [
                                    "forSeeker": true, "seekerID": ranking.seeker.id, "results": results, "hasResults": !results.isEmpty,
                                ])
        })

        router.get("/officer/vacancies", use: page(staff) { request, context, user in
            let query = Routes.query(request, "q")?.trimmingCharacters(in: .whitespaces) ?? ""
            let vacancies = try office(user).findOpenVacancies(search: query, limit: 50)
            return pages.render("officer-vacancies", title: word("vacancies_title", context), context: context, request: request, data: [
                "query": query, "vacancies": vacancies.map { ["id": $0.id, "title": $0.title, "kbji": $0.kbji] },
                "hasResults": !vacancies.isEmpty,
            ])
        })

        router.get("/officer/vacancies/{id}/matches", use: page(staff) { request, context, user in
            let office = self.office(user)
            let place = try staffOffice(user)
            // Each seeker shown is logged as a view by the use case; the verdicts and reasons are
            // kept with the ranking.
            let explained = try found { try office.explainedSeekers(forVacancy: context.parameters.get("id") ?? "", RankRequest(top: 10), inOffice: place) }
            let ranking = explained.ranking
            let refer = word("refer_seeker", context) + " "
            let results = zip(ranking.results, explained.explanations(context.language)).map { item, explanation -> [String: Any] in
                ["seekerID": item.seeker.id, "vacancyID": ranking.vacancy.id, "href": "/officer/seekers/\(item.seeker.id)",
                 "label": item.seeker.name, "detail": "(\(item.seeker.id))", "refer": refer + item.seeker.name,
                 "score": String(item.result.score), "verdict": explanation.verdict, "reasons": explanation.reasons]
            }
            return pages.render("matches", title: Pages.fill(word("matches_for_vacancy", context), ["title": ranking.vacancy.title]),
                                context: context, request: request, data: [
                                    "forVacancy": true, "results": results, "hasResults": !results.isEmpty,
                                ])
        })

        router.get("/supervisor", use: page([.supervisor]) { request, context, user in
            let place = try staffOffice(user)
            let entries = try office(user).auditLog(recordID: Routes.query(request, "record"), limit: 200, inOffice: place)
            return pages.render("audit", title: word("audit_title", context), context: context, request: request, data: [
                "entries": entries.reversed().map { ["at": $0.at, "actor": $0.actor, "action": $0.action.rawValue,
                                                     "record": ($0.recordID ?? $0.kind.rawValue), "fields": $0.fields.joined(separator: ", ")] },
                "hasEntries": !entries.isEmpty,
            ])
        })
    }

    func registerAdminRoutes(_ router: Router<WebContext>) {
        router.get("/admin", use: page([.admin]) { request, context, _ in
            try adminPage(request, context, invitation: nil, errors: [])
        })

        router.post("/admin/invitations", use: page([.admin]) { request, context, user in
            let employerID = context.form.text("employer")?.uppercased()
            if let employerID, (try? office(user).employer(employerID)) == nil {
                return try adminPage(request, context, invitation: nil,
                                     errors: [FieldError(field: "employer", message: word("error_no_employer", context))])
            }
            let token = try accounts.invite(employerID: employerID, by: user.account.username)
            return try adminPage(request, context, invitation: "/invitation/" + token, errors: [])
        })
    }

    func adminPage(_ request: Request, _ context: WebContext, invitation: String?, errors: [FieldError]) throws -> Response {
        let accounts = try self.accounts.store.accounts()
        return pages.render("admin", title: word("admin_title", context), context: context, request: request, data: [
            "accounts": accounts.map { ["username": $0.username, "role": word("role_" + $0.role.rawValue, context),
                                        "employer": $0.employerID ?? ""] },
            "invitation": invitation ?? "", "hasInvitation": invitation != nil,
            "employerError": errors.first?.message ?? "",
        ], errors: errors, status: errors.isEmpty ? .ok : .badRequest)
    }
}
