import Foundation
import SetaraApp
import SetaraCatalog
import SetaraDomain
import SetaraKit
import SetaraStore
import Testing

@Suite("Demo casework")
struct DemoCaseworkTests {
    static let accommodations = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Accommodations")

    @Test("the demo's two years of casework agree with its records, and every office has something due")
    func consistent() throws {
        let store = try SQLiteStore(path: ":memory:")
        let today = Day(year: 2026, month: 11, day: 30)!
        let office = Office(store: store, actor: Actor(.system, "demo"), today: today,
                            catalog: { try CatalogLoader.load(folder: Self.accommodations) })
        let batch = try office.makeDemo(size: DemoSize(), seed: 2016)
        #expect(try store.isPureDemo())
        let offices = try office.offices()
        #expect(offices.offices.count == 6 && offices.officers.count >= 12)
        for o in offices.offices {
            #expect(try !office.due(officeID: o.id, officer: nil).isEmpty, "office \(o.id) has something due")
        }
        var placements = 0, ended = 0
        for seeker in batch.seekers {
            let own = try office.placements(seekerID: seeker.id, officeID: nil, limit: 100)
            placements += own.count
            ended += own.filter { $0.endedOn != nil }.count
            let current = own.filter { $0.endedOn == nil }
            #expect(current.count <= 1)
            if !own.isEmpty { #expect(seeker.status == (current.isEmpty ? .active : .placed), "\(seeker.id)") }
            for p in own {
                let (referral, steps) = try office.referral(p.referral)
                #expect(referral.status == .hired && steps.last?.status == .hired, "a placement comes only through a hired referral")
                #expect(steps.map(\.on) == steps.map(\.on).sorted(), "steps are in date order")
                #expect(steps.allSatisfy { $0.on <= today })
            }
        }
        #expect(placements > 30 && ended > 0, "placements, some of them lost")
        // Case show reads a placed seeker's whole story without error, in order.
        let placed = try #require(batch.seekers.first { $0.status == .placed && (try? office.placements(seekerID: $0.id, officeID: nil, limit: 1))?.isEmpty == false })
        let history = try office.caseHistory(seekerID: placed.id)
        #expect(history.events.map(\.on) == history.events.map(\.on).sorted())
    }
}
