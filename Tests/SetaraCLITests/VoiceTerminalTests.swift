import Foundation
import Testing

/// One line of the speech log that `setara voice --speech log:FILE` writes. Its text is what
/// eSpeak would be given, after normalisation: numbers in words, NIK as "nik", and so on.
struct SpeechEntry: Decodable, Equatable {
    var time: String
    var event: String
    var text: String?
    var language: String?
    var rate: Int?
    var volume: Int?
}

/// `setara voice` running in a tmux terminal, driven by key presses as a person would, with the
/// speech log read back.
final class VoiceTerminal {
    let workspace: Workspace
    let socket = "setara-\(UUID().uuidString.prefix(8))"
    let log: String
    let exitFile: String

    init(_ workspace: Workspace, _ arguments: [String] = [], lang: String = "id_ID.UTF-8") throws {
        self.workspace = workspace
        log = workspace.folder.appendingPathComponent("speech-\(UUID().uuidString.prefix(6)).log").path
        exitFile = log + ".exit"
        let command = ([try setaraBinary().path, "voice", "--speech", "log:\(log)"] + arguments)
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        try tmux(["new-session", "-d", "-s", "t", "-x", "160", "-y", "50", "\(command); echo $? > '\(exitFile)'; sleep 600"],
                 environment: ["SETARA_DB": workspace.db, "LANG": lang, "SETARA_CATALOG": root.appendingPathComponent("Accommodations").path,
                               "SETARA_VOICES": root.appendingPathComponent("Voices").path])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    @discardableResult
    private func tmux(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil
        env["LC_ALL"] = nil
        for (key, value) in environment { env[key] = value }
        let arguments = ["-L", socket] + arguments
        guard arguments.contains("capture-pane") else {
            try spawnAndWait("/usr/bin/tmux", arguments, environment: env)
            return ""
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        process.arguments = arguments
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs a program and waits for it with waitpid. Foundation's Process is not used here: it
    /// learns that a child ended when a descriptor the child inherited is closed, and the tmux
    /// server that new-session forks keeps that descriptor open, so it would wait forever.
    /// The child gets no descriptor of the test runner's beyond 0 to 2 (a server holding the
    /// runner's output pipe kept `swift test` waiting for its `sleep 600`), and default signal
    /// handling with nothing blocked (the runner's thread blocks signals, and a tmux server that
    /// inherits that mask does not end on kill-server).
    private func spawnAndWait(_ path: String, _ arguments: [String], environment: [String: String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
        // The runner's own descriptors: a close of one that is gone by then is ignored.
        let inherited = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in inherited.compactMap(Int32.init) where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }

    /// Presses keys one at a time: characters as typed, or tmux key names such as "Enter".
    func press(_ keys: String...) throws {
        for key in keys {
            if key == "Enter" || key == "BSpace" || key == "Escape" {
                try tmux(["send-keys", "-t", "t", key])
            } else {
                try tmux(["send-keys", "-t", "t", "-l", key])
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Types digits, one key at a time.
    func type(_ text: String) throws {
        for character in text { try press(String(character)) }
    }

    var entries: [SpeechEntry] {
        guard let text = try? String(contentsOfFile: log, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(SpeechEntry.self, from: Data($0.utf8)) }
    }

    var spoken: [SpeechEntry] { entries.filter { $0.event == "speak" } }

    var screen: String { (try? tmux(["capture-pane", "-p", "-t", "t", "-S", "-300", "-J"])) ?? "" }

    /// Waits until a speak event after the first `after` ones contains a text; returns it.
    @discardableResult
    func waitForSpeech(containing text: String, after: Int = 0, timeout: Double = 8) throws -> SpeechEntry {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let found = spoken.dropFirst(after).first(where: { $0.text?.contains(text) == true }) { return found }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("no speech containing \"\(text)\" within \(timeout) s; spoken: \(spoken.map { $0.text ?? "" })")
        throw CancellationError()
    }

    /// The program's exit status once it has ended.
    func exitStatus(timeout: Double = 8) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: exitFile, encoding: .utf8), let code = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return code
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }
}

/// A demo database shared by the voice tests, made once, and one active seeker in it who has
/// matches, found the way an officer would (list, then match).
final class VoiceFixture: @unchecked Sendable {
    // @unchecked Sendable: built once in a static let, read-only afterwards.
    static let shared = VoiceFixture()
    let template = Workspace.makeOrNil()
    var seekerNumber = ""
    var seekerNIK = ""

    private init() {
        guard let template else { return }
        // A static is never deinitialised, so the template's folder is removed when the test
        // process exits instead.
        atexit { try? FileManager.default.removeItem(at: VoiceFixture.shared.template!.folder) }
        _ = try? template.run(["demo", "--seekers", "300", "--employers", "60", "--vacancies", "400"])
        guard let listed = try? template.run(["seeker", "list", "--format", "csv", "--limit", "300"]) else { return }
        for line in listed.out.split(separator: "\n").dropFirst() where line.contains(",active,") {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            let id = String(cells[0])
            guard let matches = try? template.run(["match", "seeker", id, "--format", "json", "--top", "3"]),
                  let list = try? JSONDecoder().decode(MatchList.self, from: Data(matches.out.utf8)), list.matches.count >= 2 else { continue }
            seekerNumber = String(Int(id.dropFirst())!)
            seekerNIK = String(cells[1])
            return
        }
    }

    /// A fresh copy of the demo database for one test.
    func workspace() throws -> Workspace {
        let w = try Workspace()
        try FileManager.default.copyItem(atPath: try #require(template).db, toPath: w.db)
        return w
    }
}

extension Workspace {
    static func makeOrNil() -> Workspace? { try? Workspace() }
}

@Suite("The voice terminal, driven by key presses in a terminal", .serialized)
struct VoiceTerminalTests {
    let fixture = VoiceFixture.shared

    /// Identifies with the seeker's registration number and answers the privacy question.
    func signIn(_ t: VoiceTerminal, privately: Bool = false, then next: String = "Menu utama") throws {
        try t.waitForSpeech(containing: "Selamat datang")
        try t.type(fixture.seekerNumber)
        try t.press("Enter")
        try t.waitForSpeech(containing: "Apakah hanya Anda yang mendengar")
        try t.press(privately ? "1" : "2")
        try t.waitForSpeech(containing: next)
    }

    @Test("the first words, with no key pressed, name the keys for help, repeat and language, and offer English in English")
    func orientationFirst() throws {
        let w = try fixture.workspace()
        let t = try VoiceTerminal(w)
        try t.waitForSpeech(containing: "For English, press L")
        let first = try #require(t.entries.first)
        #expect(first.event == "speak")
        #expect(first.language == "id")
        #expect(first.text?.contains("Tekan H untuk bantuan") == true)
        #expect(first.text?.contains("R untuk mengulang") == true)
        #expect(first.text?.contains("L untuk ganti bahasa") == true)
        #expect(t.spoken[1].language == "en", "the offer of English is spoken by the English voice")
        #expect(t.screen.contains("Selamat datang di Setara"), "the screen shows the same words")
    }

    @Test("a key pressed during speech stops it at once, and a masked key is heard as a click, not a digit")
    func bargeIn() throws {
        let w = try fixture.workspace()
        let t = try VoiceTerminal(w)
        try t.waitForSpeech(containing: "For English")
        try t.press("7")
        Thread.sleep(forTimeInterval: 0.3)
        let events = t.entries.map(\.event)
        #expect(events.prefix(4) == ["speak", "speak", "cancel", "earcon"], "\(events)")
        #expect(!t.spoken.contains { $0.text?.contains("7") == true }, "the typed digit was spoken")
        #expect(t.screen.contains("*"))
    }

    @Test("a NIK of the wrong length is refused with field, problem and expected form, and never read back")
    func invalidNIK() throws {
        let w = try fixture.workspace()
        let t = try VoiceTerminal(w)
        try t.waitForSpeech(containing: "Selamat datang")
        let typed = "317101450895000"
        try t.type(typed)
        try t.press("Enter")
        let error = try t.waitForSpeech(containing: "harus enam belas angka")
        #expect(error.text?.contains("Anda memasukkan lima belas") == true)
        #expect(error.text?.contains("Ketik nomor pendaftaran") == true, "the error is followed by the prompt again")
        #expect(!t.spoken.contains { $0.text?.contains(typed) == true })
        #expect(!t.screen.contains(typed), "the screen shows stars, not the NIK")
    }

    @Test("a full referral: summary, confirm, a receipt whose number is stored, repeat, and spelling on a second press")
    func referral() throws {
        let w = try fixture.workspace()
        let t = try VoiceTerminal(w)
        try signIn(t)
        try t.press("1")
        let record = try t.waitForSpeech(containing: "Lowongan satu dari")
        #expect(record.text?.contains("posisi") == true && record.text?.contains("perusahaan") == true && record.text?.contains("lokasi") == true)
        try t.press("4")
        try t.waitForSpeech(containing: "Anda akan meminta rujukan")
        try t.press("1")
        let receipt = try t.waitForSpeech(containing: "Nomor rujukan Anda")
        let count = t.spoken.count
        try t.press("r")
        Thread.sleep(forTimeInterval: 0.2)
        #expect(t.spoken.count == count + 1)
        #expect(t.spoken.last?.text == receipt.text, "the first press repeats")
        try t.press("r")
        Thread.sleep(forTimeInterval: 0.2)
        let spelled = try #require(t.spoken.last?.text)
        #expect(spelled != receipt.text, "the second press spells the reference")
        try t.press("q")
        try t.waitForSpeech(containing: "Sesi selesai")
        #expect(t.exitStatus() == 0)

        let listed = try w.run(["referral", "list", "--format", "csv"])
        let rows = listed.out.split(separator: "\n").dropFirst()
        #expect(rows.count == 1)
        let reference = try #require(rows.first?.split(separator: ",").first.map(String.init))
        #expect(reference.hasPrefix("RJ-"))
        let spoken = try w.run(["say", "--print", "--lang", "id", reference]).out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(receipt.text?.contains(spoken) == true, "the spoken receipt carries the stored reference, read as \(spoken)")
        #expect(t.screen.contains(reference), "the screen shows the reference as it is written")
        #expect(rows.first?.contains(",voice,requested,") == true)
    }

    @Test("switching language mid-session changes the voice and the screen at once")
    func switchLanguage() throws {
        let w = try fixture.workspace()
        let t = try VoiceTerminal(w)
        try signIn(t)
        try t.press("l")
        let english = try t.waitForSpeech(containing: "Main menu")
        #expect(english.language == "en")
        #expect(english.text?.contains("Press one to hear the vacancies that fit you") == true)
        try t.press("l")
        let indonesian = try t.waitForSpeech(containing: "Menu utama", after: t.spoken.count - 1)
        #expect(indonesian.language == "id")
        #expect(t.screen.contains("Press 1 to hear the vacancies"))
    }

    @Test("silence brings a reprompt, then a spoken warning; a key extends the time; then the session ends and says so")
    func timeLimit() throws {
        let w = try fixture.workspace()
        let t = try VoiceTerminal(w, ["--time-limit", "5", "--warning", "3", "--reprompt", "1"])
        try t.waitForSpeech(containing: "belum mendengar tombol", timeout: 4)
        let warning = try t.waitForSpeech(containing: "Waktu hampir habis", timeout: 5)
        #expect(warning.text?.contains("tiga detik") == true)
        try t.press("s")
        try t.waitForSpeech(containing: "Waktu ditambah")
        try t.waitForSpeech(containing: "Waktu hampir habis", after: t.spoken.count - 1, timeout: 6)
        try t.waitForSpeech(containing: "Waktu habis", timeout: 6)
        #expect(t.exitStatus() == 0)
    }

    @Test("answers given before a timeout are kept and offered at the next session")
    func draftAfterTimeout() throws {
        let w = try fixture.workspace()
        let t = try VoiceTerminal(w, ["--time-limit", "4", "--warning", "2", "--reprompt", "3"])
        try signIn(t)
        try t.press("4")
        try t.waitForSpeech(containing: "Pertanyaan satu dari")
        try t.press("2")
        try t.waitForSpeech(containing: "Pertanyaan dua dari")
        try t.press("1")
        try t.waitForSpeech(containing: "Pertanyaan tiga dari")
        let end = try t.waitForSpeech(containing: "Waktu habis", timeout: 8)
        #expect(end.text?.contains("Isian Anda disimpan") == true)
        try t.press("s")
        #expect(t.exitStatus(timeout: 3) == 0, "a key cuts the farewell short and the program ends")

        let again = try VoiceTerminal(w)
        try signIn(again, then: "belum selesai")
        try again.press("1")
        try again.waitForSpeech(containing: "Pertanyaan tiga dari")
    }

    @Test("rate and volume keys change the voice and say the new value; pause and resume are logged")
    func rateVolumePause() throws {
        let w = try fixture.workspace()
        let t = try VoiceTerminal(w)
        let first = try t.waitForSpeech(containing: "Selamat datang")
        try t.press("=")
        let faster = try t.waitForSpeech(containing: "Kecepatan")
        #expect(faster.rate == (first.rate ?? 0) + 25)
        try t.press("]")
        let louder = try t.waitForSpeech(containing: "Volume")
        #expect(louder.volume == (first.volume ?? 0) + 10)
        try t.press("h")
        try t.waitForSpeech(containing: "Tombol yang sama di semua layar")
        try t.press("p")
        Thread.sleep(forTimeInterval: 0.2)
        try t.press("p")
        Thread.sleep(forTimeInterval: 0.2)
        #expect(t.entries.suffix(2).map(\.event) == ["pause", "resume"])
    }

    @Test("B goes back one screen and says so; M on the main menu says the seeker is already there")
    func backAndHome() throws {
        let w = try fixture.workspace()
        let t = try VoiceTerminal(w)
        try signIn(t)
        try t.press("5")
        try t.waitForSpeech(containing: "Pengaturan suara")
        var count = t.spoken.count
        try t.press("b")
        let back = try t.waitForSpeech(containing: "Menu utama", after: count)
        #expect(back.text?.hasPrefix("Kembali. Menu utama.") == true, "\(back.text ?? "")")
        count = t.spoken.count
        try t.press("m")
        let home = try t.waitForSpeech(containing: "Menu utama", after: count)
        #expect(home.text?.hasPrefix("Anda sudah di menu utama.") == true, "\(home.text ?? "")")
        try t.press("5")
        try t.waitForSpeech(containing: "Pengaturan suara", after: count + 1)
        count = t.spoken.count
        try t.press("m")
        let fromSettings = try t.waitForSpeech(containing: "Menu utama", after: count)
        #expect(fromSettings.text?.hasPrefix("Menu utama.") == true, "M from a screen goes straight to the main menu: \(fromSettings.text ?? "")")
    }

    @Test("a broken catalog is not met in silence: the seeker hears to ask staff, the officer gets file, line and field, exit 65")
    func brokenCatalog() throws {
        let w = try fixture.workspace()
        let catalog = w.folder.appendingPathComponent("Accommodations")
        try FileManager.default.copyItem(at: root.appendingPathComponent("Accommodations"), to: catalog)
        let noise = catalog.appendingPathComponent("noise.yaml")
        let text = try String(contentsOf: noise, encoding: .utf8)
        let broken = try #require(text.range(of: #"lead_time_days: \d+"#, options: .regularExpression))
        try text.replacingCharacters(in: broken, with: "lead_time_days: soon").write(to: noise, atomically: true, encoding: .utf8)
        let log = w.folder.appendingPathComponent("speech.log").path
        let r = try w.run(["voice", "--speech", "log:\(log)"], environment: ["SETARA_CATALOG": catalog.path])
        #expect(r.status == 65)
        #expect(r.err.contains("noise.yaml") && r.err.contains("lead_time_days"), "\(r.err)")
        let spoken = try String(contentsOfFile: log, encoding: .utf8)
        #expect(spoken.contains("staff"), "the seeker is told to ask staff")
        #expect(spoken.hasPrefix("{\"event\":\"speak\""), "the first words came before the catalog was read")
    }
}
