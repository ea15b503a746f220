import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraKit
import SetaraSpeech
import SetaraStore
import SetaraVoice

/// `setara-bench voice`: how fast the voice terminal answers a key, measured through the real
/// session, the real eSpeak engine and an output that takes samples at the pace a sound card
/// plays them; and how fast it starts, as a whole process, against the `espeak-ng` program
/// writing the same first prompt (the baseline, in the same run).
enum VoiceBench {
    static func run(_ arguments: [String], setara: String) throws {
        func option(_ name: String, _ fallback: Int) -> Int {
            guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count, let v = Int(arguments[i + 1]) else { return fallback }
            return v
        }
        let runs = max(option("--runs", 21), 3)
        func say(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
        @Sendable func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
        let ms = { (from: UInt64, to: UInt64) in Double(to &- from) / 1e6 }

        let work = FileManager.default.temporaryDirectory.appendingPathComponent("setara-bench-voice-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let catalog = try CatalogLoader.load(folder: CatalogLoader.defaultFolder())
        let voices = try Voices.load(folder: Voices.defaultFolder())

        say("Making a demo database ...")
        let dbPath = work.appendingPathComponent("demo.sqlite").path
        let store = try SQLiteStore(path: dbPath)
        var generator = DemoGenerator(catalog: catalog, seed: 42)
        let batch = generator.generate(size: DemoSize(seekers: 2000, employers: 300, vacancies: 1500))
        try store.write(batch)
        try store.setMeta("demo", "seed 42")
        let seeker = batch.seekers.first { $0.status == .active }!

        // The session, in this process, reading keys from a pipe.
        let output = MemoryOutput(realTime: true)
        let engine = try EspeakEngine(output: output)
        let events = EventLog()
        output.observe(firstSamples: { at in events.add(.first(at)) }, end: { clip in events.add(.end(now(), clip.interrupted)) })
        var keys: [Int32] = [0, 0]
        guard pipe(&keys) == 0 else { throw CocoaError(.fileWriteUnknown) }
        let screenFD = open("/dev/null", O_WRONLY)
        let session = VoiceSession(options: VoiceSessionOptions(language: .id, privateAudio: true, timeLimitSeconds: 0),
                                   voices: voices, store: store, catalog: catalog, engine: engine,
                                   input: KeyInput(fd: keys[0]), screen: Screen(fd: screenFD))
        let handOff = SessionHandOff(session)
        let thread = Thread { handOff.session.run() }
        thread.start()
        func press(_ text: String) -> UInt64 {
            let t = now()
            _ = text.utf8CString.withUnsafeBufferPointer { write(keys[1], $0.baseAddress, text.utf8.count) }
            return t
        }
        /// Waits for the next event matching `predicate` after `mark`.
        func wait(after mark: Int, _ predicate: (EventLog.Event) -> Bool) -> (Int, EventLog.Event) {
            let deadline = now() + 10_000_000_000
            while now() < deadline {
                if let found = events.find(after: mark, predicate) { return found }
                usleep(200)
            }
            say("setara-bench: the session did not answer in time")
            exit(70)
        }
        func isFirst(_ e: EventLog.Event) -> Bool { if case .first = e { return true }; return false }

        // Orientation is spoken at once; sign in to reach the main menu.
        _ = wait(after: 0, isFirst)
        var mark = events.count
        _ = press(String(Int(seeker.id.dropFirst())!) + "\r")
        _ = wait(after: mark, isFirst)
        Thread.sleep(forTimeInterval: 0.2)

        say("Key press to first audio of the next prompt (settings menu and back), \(runs) runs ...")
        var toFirstAudio: [Double] = []
        for i in 0..<runs * 2 {
            mark = events.count
            let pressed = press(i.isMultiple(of: 2) ? "5" : "b")
            let (_, event) = wait(after: mark, isFirst)
            if case .first(let at) = event { toFirstAudio.append(ms(pressed, at)) }
            Thread.sleep(forTimeInterval: 0.15)
        }

        say("Key press during a long utterance to silence, \(runs) runs ...")
        var toCancel: [Double] = []
        for _ in 0..<runs {
            mark = events.count
            _ = press("h")                       // help: a long text
            _ = wait(after: mark, isFirst)
            Thread.sleep(forTimeInterval: 0.25)  // well into it
            mark = events.count
            let pressed = press("s")
            let (_, event) = wait(after: mark) { if case .end(_, true) = $0 { return true }; return false }
            if case .end(let at, _) = event { toCancel.append(ms(pressed, at)) }
        }
        _ = press("q")
        close(keys[1])
        Thread.sleep(forTimeInterval: 0.1)

        // Cold start: the whole program, until the first samples of the orientation reach a pipe.
        say("Cold start to first utterance, \(runs) runs, against espeak-ng writing the same prompt ...")
        let fifo = work.appendingPathComponent("audio.raw").path
        guard mkfifo(fifo, 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
        let orientation = voices.pack(.id).normalizer.normalize(voices.pack(.id).prompts.text("welcome") + " "
                                                                + voices.pack(.id).prompts.text("identify"))
        var coldStart: [Double] = []
        var espeakCLI: [Double] = []
        let environment = ProcessInfo.processInfo.environment.merging(["SETARA_DB": dbPath, "LANG": "id_ID.UTF-8"]) { $1 }
        let espeak = ["/usr/bin/espeak-ng", "/usr/local/bin/espeak-ng"].first { FileManager.default.isExecutableFile(atPath: $0) }
        for _ in 0..<runs {
            var stdinPipe: [Int32] = [0, 0]
            _ = pipe(&stdinPipe)
            let started = now()
            let pid = try spawn(setara, ["voice", "--speech", "raw:\(fifo)", "--time-limit", "0"], environment: environment, stdin: stdinPipe[0])
            let reader = open(fifo, O_RDONLY)
            var byte: UInt8 = 0
            _ = read(reader, &byte, 1)
            coldStart.append(ms(started, now()))
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            close(reader)
            close(stdinPipe[0]); close(stdinPipe[1])
            if let espeak {
                let wav = work.appendingPathComponent("espeak.wav").path
                let begun = now()
                let cli = try spawn(espeak, ["-v", "id", "-w", wav, orientation], environment: environment, stdin: -1)
                waitpid(cli, &status, 0)
                espeakCLI.append(ms(begun, now()))
            }
        }

        let median = Bench.median
        func round2(_ value: Double) -> Double { (value * 100).rounded() / 100 }
        let result: [(String, Any)] = [
            ("runs", runs),
            ("keypress_to_cancel_ms", round2(median(toCancel))),
            ("keypress_to_first_audio_ms", round2(median(toFirstAudio))),
            ("cold_start_to_first_utterance_ms", round2(median(coldStart))),
            ("espeak_cli_ms", espeakCLI.isEmpty ? -1 : round2(median(espeakCLI))),
            ("cold_start_ratio_to_espeak_cli", espeakCLI.isEmpty ? -1 : round2(median(coldStart) / median(espeakCLI))),
            ("keypress_to_cancel_max_ms", round2(toCancel.max() ?? 0)),
            ("keypress_to_first_audio_max_ms", round2(toFirstAudio.max() ?? 0)),
        ]
        say("Key to silence: median \(round2(median(toCancel))) ms (target at most 10)")
        say("Key to first audio: median \(round2(median(toFirstAudio))) ms (target at most 20)")
        say("Cold start to first audio: median \(round2(median(coldStart))) ms (target at most 100); espeak-ng program: \(espeakCLI.isEmpty ? "not installed" : "\(round2(median(espeakCLI))) ms")")
        print("{" + result.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}")
    }

    /// Starts a program with posix_spawn (Foundation's Process adds milliseconds of its own).
    static func spawn(_ executable: String, _ args: [String], environment: [String: String], stdin: Int32) throws -> pid_t {
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + args).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if stdin >= 0 { posix_spawn_file_actions_adddup2(&actions, stdin, 0) } else { posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else { throw CocoaError(.executableNotLoadable) }
        return pid
    }
}

/// Moves the session to the thread that runs it.
final class SessionHandOff: @unchecked Sendable {
    // @unchecked Sendable: the session is used only by the thread it is handed to; this thread
    // only writes keys into its pipe afterwards.
    let session: VoiceSession
    init(_ session: VoiceSession) { self.session = session }
}

/// What the output saw, in order, with the time of each.
final class EventLog: @unchecked Sendable {
    // @unchecked Sendable: `events` is read and written under `lock`.
    enum Event { case first(UInt64), end(UInt64, Bool) }
    private let lock = NSLock()
    private var events: [Event] = []
    func add(_ event: Event) { lock.withLock { events.append(event) } }
    var count: Int { lock.withLock { events.count } }
    func find(after mark: Int, _ predicate: (Event) -> Bool) -> (Int, Event)? {
        lock.withLock {
            for i in mark..<events.count where predicate(events[i]) { return (i, events[i]) }
            return nil
        }
    }
}
