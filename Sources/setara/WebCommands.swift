import ArgumentParser
import Foundation
import SetaraApp
import SetaraDomain
import SetaraKit
import SetaraStore
import SetaraWeb

/// `setara serve`: the web pages for employers' HR officers and officers (docs/web.md).
struct ServeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "serve",
                             abstract: L("Menjalankan halaman web Setara (bawaan: http://127.0.0.1:8080).",
                                         "Runs Setara's web pages (default: http://127.0.0.1:8080)."),
                             discussion: L("""
                                 Coba dengan data contoh: setara serve --demo. Untuk dipakai dari komputer lain, taruh di belakang \
                                 proksi balik TLS dan beri --behind-tls (lihat docs/web.md).
                                 """, """
                                 Try it on demo data: setara serve --demo. To use it from other computers, put it behind a TLS \
                                 reverse proxy and give --behind-tls (see docs/web.md).
                                 """))
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(L("Alamat yang didengar.", "The address to listen on."))) var host = "127.0.0.1"
    @Option(help: ArgumentHelp(L("Port yang didengar.", "The port to listen on."))) var port = 8080
    @Flag(help: ArgumentHelp(L("Server berada di belakang proksi TLS: cookie diberi tanda Secure.",
                               "The server is behind a TLS proxy: cookies are marked Secure.")))
    var behindTLS = false
    @Flag(help: ArgumentHelp(L("Memakai basis data contoh (dibuat bila belum ada) dengan akun contoh.",
                               "Uses the demo database (made if missing) with demo accounts.")))
    var demo = false

    /// The demo accounts' password: only ever on a database holding nothing but demo data.
    static let demoPassword = "setara-demo"

    func run() throws {
        try runReportingErrors {
            var global = self.global
            if demo && (global.db ?? "").isEmpty {
                global.db = (GlobalOptions.dataFolder as NSString).appendingPathComponent("setara/demo.sqlite")
            }
            let exists = FileManager.default.fileExists(atPath: global.databasePath)
            // Requests read at once on a WAL reader pool while one writer writes (docs/web.md).
            let office = try global.office(create: demo && !exists, readers: 4)
            guard let store = office.store as? SQLiteStore else { return }
            if demo { try prepareDemo(office, store, made: !exists) }
            let catalog = try office.catalog()
            let options = WebOptions(host: host, port: port, behindTLS: behindTLS, folder: WebOptions.defaultFolder(),
                                     bcryptCost: demo ? 10 : 12)
            Console.out(L("Setara di http://\(host):\(port)/ (basis data \(store.path)). Hentikan dengan Ctrl+C.",
                          "Setara at http://\(host):\(port)/ (database \(store.path)). Stop with Ctrl+C."))
            let done = DispatchSemaphore(value: 0)
            Task {
                do {
                    try await WebServer.application(store: store, catalog: catalog, options: options).runService()
                } catch {
                    Console.err(L("Server berhenti: \(error)", "The server stopped: \(error)"))
                    Foundation.exit(74)
                }
                done.signal()
            }
            done.wait()
        }
    }

    /// Demo data (when the file is new) and one account of each role, on a pure demo only.
    func prepareDemo(_ office: Office, _ store: SQLiteStore, made: Bool) throws {
        if made {
            Console.out(L("Membuat data contoh ...", "Creating demo data ..."))
            _ = try office.makeDemo(size: DemoSize(seekers: 2_000, employers: 300, vacancies: 1_500), seed: 2016)
        }
        guard try store.isPureDemo() else {
            throw CLIError.usage(L("\(store.path) berisi data yang dimasukkan orang; akun contoh tidak dibuat di sana.",
                                   "\(store.path) holds records people entered; demo accounts are not made there."))
        }
        let accounts = Accounts(store: store, cost: 10)
        for (name, role, employer) in [("admin", AccountRole.admin, nil), ("petugas", .officer, nil), ("penyelia", .supervisor, nil),
                                       ("hrd", .employer, "E00001"), ("hrbaru", .employer, nil)] as [(String, AccountRole, String?)]
            where try store.account(name) == nil {
            _ = try accounts.add(username: name, password: Self.demoPassword, role: role, employerID: employer)
        }
        // The officer and the supervisor work at one office (the pages reach its seekers only):
        // the office of E00001's regency, where the demo's HR officer works, else the first.
        let (offices, officers) = try office.offices()
        let employerRegency = try? office.employer("E00001").regencyCode
        if let home = offices.first(where: { $0.regencyCode == employerRegency }) ?? offices.first {
            for (name, full) in [("petugas", "Petugas Contoh"), ("penyelia", "Penyelia Contoh")] where !officers.contains(where: { $0.username == name }) {
                try office.saveOfficer(Officer(username: name, name: full, officeID: home.id))
            }
        }
        Console.out(L("Akun contoh (kata sandi \(Self.demoPassword)): admin, petugas (pengantar kerja), penyelia, hrd (E00001), hrbaru (perusahaan baru)",
                      "Demo accounts (password \(Self.demoPassword)): admin, petugas (officer), penyelia (supervisor), hrd (E00001), hrbaru (a new company)"))
    }
}

/// `setara user`: web accounts, made at the office's computer (the first admin above all).
struct UserCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "user", abstract: L("Akun halaman web: menambah, mengundang, mendaftar.",
                                                               "Web page accounts: add, invite, list."),
                             subcommands: [Add.self, Invite.self, List.self])
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: L("Menambah akun (kata sandi dibaca dari masukan standar).",
                                                                 "Adds an account (the password is read from standard input)."))
        }

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(L("Nama pengguna.", "The username."))) var username: String
        @Option(help: ArgumentHelp("admin|officer|supervisor|employer")) var role: String
        @Option(help: ArgumentHelp(L("Untuk akun pemberi kerja: nomor perusahaannya.", "For an employer account: its company's number.")))
        var employer: String?

        func run() throws {
            try runReportingErrors {
                guard let role = AccountRole(rawValue: role.lowercased()) else {
                    throw CLIError.usage(L("--role harus admin, officer, supervisor atau employer.", "--role must be admin, officer, supervisor or employer."))
                }
                let name = username.lowercased()
                guard Accounts.validUsername(name) else {
                    throw CLIError.usage(L("Nama pengguna: 3 sampai 40 huruf kecil, angka, titik, tanda hubung atau garis bawah.",
                                           "Username: 3 to 40 lower-case letters, digits, dots, hyphens or underscores."))
                }
                let office = try global.office()
                if let employer { _ = try office.employer(employer) }
                if Console.isInteractive { Console.err(L("Kata sandi (tidak ditampilkan):", "Password (not shown):")) }
                let password = Console.isInteractive ? String(cString: getpass("")) : (readLine(strippingNewline: true) ?? "")
                if let problem = Accounts.passwordProblem(password) { throw CLIError.usage(problem.text(language)) }
                guard let store = office.store as? SQLiteStore else { return }
                guard try Accounts(store: store).add(username: name, password: password, role: role, employerID: employer?.uppercased()) else {
                    throw CLIError.data(L("Nama pengguna \(name) sudah ada.", "The username \(name) already exists."))
                }
                Console.out(L("Akun \(name) dibuat.", "Account \(name) created."))
            }
        }
    }

    struct Invite: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "invite", abstract: L("Membuat undangan bagi petugas SDM pemberi kerja.",
                                                                    "Makes an invitation for an employer's HR officer."))
        }

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp(L("Perusahaan yang sudah terdaftar; tanpa ini, perusahaan baru.",
                                     "A company already registered; without it, a new company.")))
        var employer: String?

        func run() throws {
            try runReportingErrors {
                let office = try global.office()
                if let employer { _ = try office.employer(employer) }
                guard let store = office.store as? SQLiteStore else { return }
                let token = try Accounts(store: store, cost: 4).invite(employerID: employer?.uppercased(), by: office.actor.auditName)
                Console.out("/invitation/" + token)
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: L("Mendaftar akun.", "Lists the accounts."))
        }

        @OptionGroup var global: GlobalOptions

        func run() throws {
            try runReportingErrors {
                guard let store = try global.office().store as? SQLiteStore else { return }
                for account in try store.accounts() {
                    Console.out([account.username, account.role.rawValue, account.employerID ?? "-"].joined(separator: "\t"))
                }
            }
        }
    }
}
