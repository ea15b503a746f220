import Foundation
import Testing

/// A program running in a tmux terminal of its own (160 by 50), driven by key presses as a
/// person would type, its screen read back. The voice terminal's tests and the guided questions'
/// tests drive `setara` through it.
final class TmuxTerminal {
    let socket = "setara-\(UUID().uuidString.prefix(8))"
    /// Where the shell writes the program's exit status when it ends.
    let exitFile: String

    /// Starts `arguments` (the program and its arguments) with `environment` added to this
    /// process's (an empty value unsets a variable).
    init(_ arguments: [String], environment: [String: String], exitFile: String) throws {
        self.exitFile = exitFile
        let command = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        try tmux(["new-session", "-d", "-s", "t", "-x", "160", "-y", "50", "\(command); echo $? > '\(exitFile)'; sleep 600"],
                 environment: environment)
    }

    deinit { _ = try? tmux(["kill-server"]) }

    @discardableResult
    private func tmux(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        // An empty value unsets the variable (a kiosk PC with no LANG at all).
        for (key, value) in environment { env[key] = value.isEmpty ? nil : value }
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
    func press(_ keys: String...) throws { try press(keys: keys) }

    func press(keys: [String]) throws {
        for key in keys {
            if ["Enter", "BSpace", "Escape", "Up", "Down", "F1", "Tab", "Space"].contains(key) {
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

    /// Types a line as a person would (the words, then Enter).
    func line(_ text: String) throws {
        if !text.isEmpty { try tmux(["send-keys", "-t", "t", "-l", text]) }
        try press("Enter")
    }

    var screen: String { (try? tmux(["capture-pane", "-p", "-t", "t", "-S", "-300", "-J"])) ?? "" }

    /// Waits until the screen shows a text.
    func waitForScreen(containing text: String, timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if screen.contains(text) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the screen did not show \"\(text)\" within \(timeout) s; it shows:\n\(screen)")
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
