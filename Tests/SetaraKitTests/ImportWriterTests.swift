import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraKit
import SetaraStore
import Testing

/// A generated data set small enough for a test and large enough to need several parts.
private func generated(seekers: Int) throws -> RecordBatch {
    let catalog = try CatalogLoader.load(folder: CatalogLoader.defaultFolder())
    var generator = DemoGenerator(catalog: catalog, seed: 5)
    return generator.generate(size: DemoSize(seekers: seekers, employers: 5, vacancies: 10))
}

/// The generated seekers as the CSV the importer reads, in a file of their own.
private func seekersCSV(_ batch: RecordBatch, in temp: TempFolder) throws -> String {
    let records = batch.seekers.map { RecordExport.fields($0, category: nil) }
    return try temp.file("seekers.csv", RecordExport.csv(kind: .seekers, records: records, includeCategory: false))
}

@Suite("Import written while it is checked: one transaction, committed only at the end")
final class ImportWriterTests {
    let temp = TempFolder()

    func database() throws -> String {
        try FileManager.default.createDirectory(at: temp.url, withIntermediateDirectories: true)
        return temp.url.appendingPathComponent("setara.sqlite").path
    }

    @Test("Checking with a sink hands over every accepted record, in parts, as checking without one keeps them")
    func sinkGetsWhatThePlanWouldHold() throws {
        let csv = try seekersCSV(try generated(seekers: 9_000), in: temp)
        let records = try SourceReader.read(path: csv, kind: nil)
        let store = try SQLiteStore(path: ":memory:")
        let kept = try Importer(store: store, catalogIDs: catalogIDs, today: today).plan(records)
        var parts: [RecordBatch] = []
        let streamed = try Importer(store: store, catalogIDs: catalogIDs, today: today).plan(records) { parts.append($0) }
        #expect(streamed.batch.isEmpty)
        #expect(parts.count > 2)
        #expect(parts.flatMap(\.seekers).map(\.id) == kept.batch.seekers.map(\.id))
        #expect(parts.flatMap(\.seekers) == kept.batch.seekers)
        #expect(streamed.accepted == kept.accepted)
        #expect(streamed.accepted.seekers == 9_000)
    }

    @Test("Another connection sees nothing until commit, then everything")
    func nothingBeforeCommit() throws {
        let path = try database()
        let store = try SQLiteStore(path: path)
        let batch = try generated(seekers: 3_000)
        let writer = ImportWriter(store: store)
        try writer.send(RecordBatch(employers: batch.employers, workplaces: batch.workplaces, vacancies: batch.vacancies))
        try writer.send(RecordBatch(seekers: Array(batch.seekers[..<1_500])))
        try writer.send(RecordBatch(seekers: Array(batch.seekers[1_500...])))
        let reader = try SQLiteStore(path: path)
        #expect(try reader.counts() == RecordCounts(seekers: 0, employers: 0, workplaces: 0, vacancies: 0))
        try writer.commit()
        #expect(try reader.counts() == RecordCounts(seekers: 3_000, employers: batch.employers.count,
                                                    workplaces: batch.workplaces.count, vacancies: batch.vacancies.count))
        #expect(try reader.seeker(id: batch.seekers[2_999].id) == batch.seekers[2_999])
        // The import command cancels on every way out; after a commit that keeps what was committed.
        writer.cancel()
        #expect(try reader.counts().seekers == 3_000)
    }

    @Test("Cancelling after parts were written leaves the database as it was")
    func cancelLeavesNothing() throws {
        let path = try database()
        let store = try SQLiteStore(path: path)
        let batch = try generated(seekers: 2_000)
        try store.write(RecordBatch(employers: batch.employers))
        let writer = ImportWriter(store: store)
        try writer.send(RecordBatch(workplaces: batch.workplaces, vacancies: batch.vacancies))
        try writer.send(RecordBatch(seekers: batch.seekers))
        writer.cancel()
        #expect(try store.counts() == RecordCounts(seekers: 0, employers: batch.employers.count, workplaces: 0, vacancies: 0))
    }

    @Test("A part the database refuses fails the commit, and nothing of the earlier parts is kept")
    func failureRollsBack() throws {
        let path = try database()
        let store = try SQLiteStore(path: path)
        let batch = try generated(seekers: 1_000)
        var broken = batch.seekers[999]
        // Refused by the table's check: a rating with aids below the one without (the type's
        // initialiser would not make one; the checks before a write would not pass one).
        var rating = CapacityRating(withoutAids: 3, source: .selfReport, assessedOn: today)
        rating.withAids = 1
        broken.profile[.lifting] = rating
        let writer = ImportWriter(store: store)
        try writer.send(RecordBatch(employers: batch.employers))
        try writer.send(RecordBatch(seekers: Array(batch.seekers[..<999])))
        // The refusal reaches the caller either at a later send or at the commit.
        #expect(throws: (any Error).self) {
            try writer.send(RecordBatch(seekers: [broken]))
            try writer.commit()
        }
        #expect(try store.counts() == RecordCounts(seekers: 0, employers: 0, workplaces: 0, vacancies: 0))
    }
}
