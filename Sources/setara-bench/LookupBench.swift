import Foundation
import SetaraDomain

/// `setara lookup kbji` as a whole process, once for every KBJI 2014 code (its title as the
/// query, the heaviest path: every title is compared), against a process that does nothing,
/// started the same way and measured in the same run, alternately.
enum LookupBench {
    static func run(_ arguments: [String], setara: String) throws {
        let limit = arguments.firstIndex(of: "--codes").flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil }
        let entries = Array(KBJI.entries.prefix(limit ?? KBJI.entries.count))
        FileHandle.standardError.write(Data("setara lookup kbji TITLE for \(entries.count) codes, each beside /bin/true ...\n".utf8))
        var lookups: [Double] = []
        var baselines: [Double] = []
        for entry in entries {
            lookups.append(try Bench.timeProcess(setara, ["lookup", "kbji", entry.title]))
            baselines.append(try Bench.timeProcess("/bin/true", []))
        }
        let median = Bench.median(lookups), baseline = Bench.median(baselines)
        let sorted = lookups.sorted()
        let result: [String: Any] = [
            "codes": entries.count,
            "lookup_kbji_median_ms": (median * 10000).rounded() / 10,
            "lookup_kbji_p95_ms": (sorted[Int(Double(sorted.count - 1) * 0.95)] * 10000).rounded() / 10,
            "process_baseline_median_ms": (baseline * 10000).rounded() / 10,
            "lookup_to_process_ratio": (median / baseline * 10).rounded() / 10,
        ]
        let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
        print(String(decoding: json, as: UTF8.self))
    }
}
