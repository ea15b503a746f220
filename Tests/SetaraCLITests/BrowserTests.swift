import Foundation
import Testing

/// The web pages and the HTML outcomes report as people meet them: headless Chromium driven by
/// Selenium (Tests/Browser/web_e2e.py), keyboard only, with axe-core checking every page against
/// WCAG 2.2 A and AA in both languages. Needs Debian's chromium, chromium-driver and
/// python3-selenium (scripts/install-deps installs them); axe.min.js is fetched once into .build.
@Suite("In a real browser")
struct BrowserTests {
    @Test("An HR officer registers by keyboard, an officer finds and matches, the outcomes report opens: axe finds no WCAG 2.2 A/AA violation")
    func pages() throws {
        let axe = root.appendingPathComponent(".build/axe/axe.min.js").path
        let fetch = try run("/bin/bash", [root.appendingPathComponent("Tests/Browser/fetch-axe").path, axe])
        try #require(fetch.status == 0, "axe.min.js could not be fetched: \(fetch.output)")
        let shots = root.appendingPathComponent(".build/e2e-shots").path
        let browser = try run("/usr/bin/python3", [root.appendingPathComponent("Tests/Browser/web_e2e.py").path, try setaraBinary().path, axe, shots])
        #expect(browser.status == 0, "\(browser.output)")
        #expect(browser.output.contains("report-outcomes"), "the HTML report was checked: \(browser.output)")
    }

    func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
