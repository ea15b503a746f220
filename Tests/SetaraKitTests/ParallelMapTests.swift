@testable import SetaraKit
import Testing

@Suite("Checking records on every core")
struct ParallelMapTests {
    @Test("parallelMap gives the same values in the same order as map, many times over")
    func sameAsMap() {
        let input = Array(0..<200_000).map { "record \($0)" }
        let expected = input.map { $0.count * 3 + ($0.hasSuffix("7") ? 1 : 0) }
        for _ in 0..<20 {
            #expect(input.parallelMap { $0.count * 3 + ($0.hasSuffix("7") ? 1 : 0) } == expected)
        }
    }
}
