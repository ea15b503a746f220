import Foundation
import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Timing helpers shared by the benchmarks.
enum Bench {
    /// Seconds the body took, by the monotonic clock.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The processor time the process spent in `body`, on all its threads (the outcomes report
    /// reads on several): on a machine other work shares, the figure that does not depend on how
    /// much of the processor the run was given. Nothing else runs in the process meanwhile.
    static func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let start = now()
        try body()
        return now() - start
    }

    /// The processor time the virtual machine's host gave to other guests ("steal" in
    /// /proc/stat) since `start`, in percent of all processor time: on a shared host it changes
    /// the figures as much as the code does, so it is reported beside them. Nil off Linux.
    static func stolenPercent(since start: (total: Double, steal: Double)?) -> Double? {
        guard let start, let now = cpuTimes(), now.total > start.total else { return nil }
        return ((now.steal - start.steal) / (now.total - start.total) * 1000).rounded() / 10
    }

    /// All processor time and the time stolen by the host, in clock ticks, from /proc/stat.
    static func cpuTimes() -> (total: Double, steal: Double)? {
        guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("cpu ") }) else { return nil }
        let ticks = line.split(separator: " ").dropFirst().compactMap { Double($0) }
        guard ticks.count >= 8 else { return nil }
        return (ticks.prefix(8).reduce(0, +), ticks[7])
    }

    /// The machine's load average over the last minute, reported beside the figures.
    static func loadAverage() -> Double {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) > 0 ? (loads[0] * 100).rounded() / 100 : -1
    }

    /// Runs a program as a user would (posix_spawn, output to /dev/null), with `SETARA_DB` set to
    /// `db` when given, and returns its wall time in seconds. Foundation's Process adds tens of
    /// milliseconds of its own on Linux, more than a `seeker show` takes, so it is not used for timing.
    static func timeProcess(_ executable: String, _ args: [String], db: String? = nil) throws -> Double {
        var environment = ProcessInfo.processInfo.environment
        if let db { environment["SETARA_DB"] = db }
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + args).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        var status: Int32 = 0
        let elapsed = seconds {
            guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else { return }
            waitpid(pid, &status, 0)
        }
        guard pid != 0, status == 0 else {
            FileHandle.standardError.write(Data("setara-bench: \(executable) \(args.joined(separator: " ")) failed (status \(status))\n".utf8))
            exit(70)
        }
        return elapsed
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}
