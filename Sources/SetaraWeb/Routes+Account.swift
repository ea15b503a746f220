import Foundation
import Hummingbird
import SetaraApp
import SetaraDomain
import SetaraStore

/// Signing in and out, the language switch, and accepting an employer invitation.
extension Routes {
    func registerAccountRoutes(_ router: Router<WebContext>) {
        router.get("/") { _, context -> Response in
            Self.redirect(context.user.map { Self.home(for: $0.account.role) } ?? "/login")
        }

        router.get("/login") { request, context -> Response in
            loginPage(request, context)
        }

        router.post("/login") { request, context -> Response in
            let username = context.form.text("username") ?? ""
            let password = context.form["password"] ?? ""
            var errors: [FieldError] = []
            if username.isEmpty { errors.append(FieldError(field: "username", message: word("error_username_missing", context))) }
            if password.isEmpty { errors.append(FieldError(field: "password", message: word("error_password_missing", context))) }
            guard errors.isEmpty else { return loginPage(request, context, username: username, errors: errors) }
            let accounts = self.accounts
            // bcrypt takes a quarter of a second on purpose: off the server's event loops.
            let outcome = try await offloaded { try accounts.signIn(username: username, password: password) }
            switch outcome {
            case .signedIn(let token, let session):
                let role = try await offloaded { try accounts.store.account(session.username)?.role }
                var response = Self.redirect(Self.home(for: role ?? .employer))
                response.setCookie(cookies.cookie(CookieSettings.session, token, maxAge: Int(accounts.sessionLength)))
                return response
            case .wrong:
                return loginPage(request, context, username: username,
                                 errors: [FieldError(field: "username", message: word("error_sign_in_wrong", context))], status: .unauthorized)
            case .locked:
                return loginPage(request, context, username: username,
                                 errors: [FieldError(field: "username", message: word("error_sign_in_locked", context))], status: .tooManyRequests)
            }
        }

        router.post("/logout") { _, context -> Response in
            if let user = context.user {
                let store = accounts.store
                try await offloaded { try store.deleteSession(tokenHash: user.session.tokenHash) }
            }
            var response = Self.redirect("/login")
            response.setCookie(cookies.cookie(CookieSettings.session, "", maxAge: 0))
            return response
        }

        // A link, so that it works without JavaScript; it changes nothing but the cookie.
        router.get("/language") { request, _ -> Response in
            let to = Language(rawValue: Routes.query(request, "to") ?? "") ?? .id
            var back = Routes.query(request, "back") ?? "/"
            // Only a path on this site: never an address elsewhere.
            if !back.hasPrefix("/") || back.hasPrefix("//") || back.contains("\\") { back = "/" }
            var response = Self.redirect(back)
            response.setCookie(cookies.cookie(CookieSettings.language, to.rawValue, maxAge: 365 * 86_400))
            return response
        }

        router.get("/invitation/{token}") { request, context -> Response in
            let token = context.parameters.get("token") ?? ""
            let accounts = self.accounts
            guard try await offloaded({ try accounts.openInvitation(token) }) != nil else { return refused(.notFound, request, context) }
            return invitationPage(request, context, token: token)
        }

        router.post("/invitation/{token}") { request, context -> Response in
            let token = context.parameters.get("token") ?? ""
            let accounts = self.accounts
            guard try await offloaded({ try accounts.openInvitation(token) }) != nil else { return refused(.notFound, request, context) }
            let username = (context.form.text("username") ?? "").lowercased()
            let password = context.form["password"] ?? ""
            var errors: [FieldError] = []
            if !Accounts.validUsername(username) { errors.append(FieldError(field: "username", message: word("error_username_form", context))) }
            if let problem = Accounts.passwordProblem(password) { errors.append(FieldError(field: "password", message: problem.text(context.language))) }
            if errors.isEmpty, password != context.form["password2"] {
                errors.append(FieldError(field: "password2", message: word("error_password_again", context)))
            }
            guard errors.isEmpty else { return invitationPage(request, context, token: token, username: username, errors: errors) }
            let made = try await offloaded { try accounts.accept(token, username: username, password: password) }
            guard made else {
                return invitationPage(request, context, token: token, username: username,
                                      errors: [FieldError(field: "username", message: word("error_username_taken", context))])
            }
            return pages.render("message", title: word("invitation_done_title", context), context: context, request: request,
                                data: ["message": word("invitation_done_message", context), "link": "/login", "linkText": word("sign_in", context)])
        }
    }

    func loginPage(_ request: Request, _ context: WebContext, username: String = "", errors: [FieldError] = [],
                   status: HTTPResponse.Status = .ok) -> Response {
        pages.render("login", title: word("sign_in", context), context: context, request: request,
                     data: ["username": username], errors: errors, status: errors.isEmpty ? .ok : status == .ok ? .badRequest : status)
    }

    func invitationPage(_ request: Request, _ context: WebContext, token: String, username: String = "", errors: [FieldError] = []) -> Response {
        pages.render("invitation", title: word("invitation_title", context), context: context, request: request,
                     data: ["username": username, "action": "/invitation/" + token], errors: errors, status: errors.isEmpty ? .ok : .badRequest)
    }
}
