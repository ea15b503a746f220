import Foundation

/// Plays samples on the machine's sound device through a player program (aplay, pacat, pw-play
/// or sox's play), one player process per utterance, fed through a pipe.
///
/// eSpeak's own playback fails silently on a machine without a sound card, so Setara plays the
/// samples itself and checks for a device first. Interrupting kills the player: the sound stops
/// at once, whatever the player had buffered. Pausing stops the player process, so the pipe fills
/// and synthesis waits with it.
public final class DeviceOutput: AudioOutput, @unchecked Sendable {
    // @unchecked Sendable: `pid`, `interrupted` and `paused` are guarded by `lock`; `pipe` is
    // used only by the engine's owner thread.

    public struct Player: Sendable, Equatable {
        public var executable: String
        public var arguments: @Sendable (Int) -> [String]
        public var name: String

        public static func == (a: Player, b: Player) -> Bool { a.executable == b.executable && a.name == b.name }
    }

    public let player: Player
    private let lock = NSLock()
    private var pid: pid_t = 0
    private var pipe: Int32 = -1
    private var interrupted = false
    private var paused = false

    public init(player: Player) {
        self.player = player
    }

    /// Finds a sound device and a program to play on it, or says clearly what is missing.
    /// `SETARA_AUDIO_PLAYER` names a player command of the office's own (it reads raw signed
    /// 16-bit mono samples on standard input; `{rate}` in it becomes the sample rate).
    public static func detect(environment: [String: String] = ProcessInfo.processInfo.environment,
                              soundFolder: String = "/dev/snd") throws(SpeechError) -> DeviceOutput {
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        func find(_ name: String) -> String? {
            if name.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
            return path.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        if let custom = environment["SETARA_AUDIO_PLAYER"], !custom.isEmpty {
            let words = custom.split(separator: " ").map(String.init)
            guard let executable = find(words[0]) else { throw .noAudioDevice("SETARA_AUDIO_PLAYER: \(words[0])") }
            let rest = Array(words.dropFirst())
            return DeviceOutput(player: Player(executable: executable, arguments: { rate in
                rest.map { $0.replacingOccurrences(of: "{rate}", with: String(rate)) }
            }, name: words[0]))
        }
        let runtime = environment["XDG_RUNTIME_DIR"] ?? "/run/user/\(getuid())"
        let pulse = environment["PULSE_SERVER"] != nil || FileManager.default.fileExists(atPath: runtime + "/pulse/native")
        let pipewire = FileManager.default.fileExists(atPath: runtime + "/pipewire-0")
        let alsa = ((try? FileManager.default.contentsOfDirectory(atPath: soundFolder)) ?? [])
            .contains { $0.hasPrefix("pcmC") && $0.hasSuffix("p") }
        guard pulse || pipewire || alsa else { throw .noAudioDevice("no-device") }
        var candidates: [(String, @Sendable (Int) -> [String])] = []
        if pipewire { candidates.append(("pw-play", { ["--rate", String($0), "--channels", "1", "--format", "s16", "-"] })) }
        if pulse { candidates.append(("pacat", { ["--raw", "--format=s16le", "--rate=\($0)", "--channels=1"] })) }
        candidates.append(("aplay", { ["-q", "-t", "raw", "-f", "S16_LE", "-r", String($0), "-c", "1", "-"] }))
        candidates.append(("play", { ["-q", "-t", "raw", "-e", "signed", "-b", "16", "-r", String($0), "-c", "1", "-"] }))
        for (name, arguments) in candidates {
            if let executable = find(name) {
                return DeviceOutput(player: Player(executable: executable, arguments: arguments, name: name))
            }
        }
        throw .noAudioDevice("no-player")
    }

    public func begin(sampleRate: Int) throws(SpeechError) {
        var fds: [Int32] = [-1, -1]
        guard Glibc.pipe(&fds) == 0 else { throw .cannotWrite("pipe") }
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        let argv: [UnsafeMutablePointer<CChar>?] = ([player.executable] + player.arguments(sampleRate)).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var child: pid_t = 0
        let status = posix_spawn(&child, player.executable, &actions, nil, argv, environ)
        close(fds[0])
        guard status == 0 else {
            close(fds[1])
            throw .noAudioDevice("no-player")
        }
        pipe = fds[1]
        lock.withLock {
            pid = child
            interrupted = false
            if paused { kill(child, SIGSTOP) }
        }
    }

    public func write(_ samples: UnsafeBufferPointer<Int16>) -> Bool {
        guard pipe >= 0, let base = samples.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        let total = samples.count * 2
        while offset < total {
            if lock.withLock({ interrupted }) { return false }
            let written = Glibc.write(pipe, raw + offset, total - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return !lock.withLock { interrupted }
    }

    public func end() {
        if pipe >= 0 { close(pipe); pipe = -1 }
        let child = lock.withLock { pid }
        guard child > 0 else { return }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        lock.withLock { pid = 0 }
    }

    public func interrupt() {
        lock.withLock {
            interrupted = true
            if pid > 0 {
                kill(pid, SIGKILL)
                if paused { kill(pid, SIGCONT) }
            }
        }
    }

    public func pause() {
        lock.withLock {
            paused = true
            if pid > 0 { kill(pid, SIGSTOP) }
        }
    }

    public func resume() {
        lock.withLock {
            paused = false
            if pid > 0 { kill(pid, SIGCONT) }
        }
    }
}
