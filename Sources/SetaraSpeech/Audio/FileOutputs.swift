import Foundation

/// Writes each utterance to its own WAV file in a folder (utterance-0001.wav, ...): for offices
/// without a sound card, and to listen to the prompts afterwards.
public final class WAVFolderOutput: AudioOutput, @unchecked Sendable {
    // @unchecked Sendable: `handle`, `count` and `dataBytes` are used only by the engine's owner
    // thread (begin/write/end); `interrupted` is guarded by `lock`.
    public let folder: URL
    private var handle: FileHandle?
    private var count = 0
    private var dataBytes = 0
    private var sampleRate = 22050
    private let lock = NSLock()
    private var interrupted = false

    public init(folder: URL) throws(SpeechError) {
        self.folder = folder
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(folder.path)
        }
    }

    public func begin(sampleRate: Int) throws(SpeechError) {
        lock.withLock { interrupted = false }
        count += 1
        self.sampleRate = sampleRate
        dataBytes = 0
        let url = folder.appendingPathComponent("utterance-\(String(format: "%04d", count)).wav")
        guard FileManager.default.createFile(atPath: url.path, contents: WAV.header(sampleRate: sampleRate, dataBytes: 0)),
              let handle = try? FileHandle(forWritingTo: url) else { throw .cannotWrite(url.path) }
        handle.seekToEndOfFile()
        self.handle = handle
    }

    public func write(_ samples: UnsafeBufferPointer<Int16>) -> Bool {
        if lock.withLock({ interrupted }) { return false }
        guard let handle else { return false }
        handle.write(Data(buffer: samples))
        dataBytes += samples.count * 2
        return true
    }

    public func end() {
        guard let handle else { return }
        handle.seek(toFileOffset: 0)
        handle.write(WAV.header(sampleRate: sampleRate, dataBytes: dataBytes))
        try? handle.close()
        self.handle = nil
    }

    public func interrupt() {
        lock.withLock { interrupted = true }
    }
}

/// Streams raw samples (signed 16-bit little-endian, mono) into one file or named pipe, for a
/// player of the office's choice (`aplay -f S16_LE -r 22050 -c 1`) or a measuring program.
public final class RawStreamOutput: AudioOutput, @unchecked Sendable {
    // @unchecked Sendable: `handle` is used only by the engine's owner thread; `interrupted` is
    // guarded by `lock`.
    public let path: String
    private var handle: FileHandle?
    private let lock = NSLock()
    private var interrupted = false

    public init(path: String) {
        self.path = path
    }

    public func begin(sampleRate: Int) throws(SpeechError) {
        lock.withLock { interrupted = false }
        if handle == nil {
            if !FileManager.default.fileExists(atPath: path) {
                _ = FileManager.default.createFile(atPath: path, contents: nil)
            }
            guard let opened = FileHandle(forWritingAtPath: path) else { throw .cannotWrite(path) }
            handle = opened
        }
    }

    public func write(_ samples: UnsafeBufferPointer<Int16>) -> Bool {
        if lock.withLock({ interrupted }) { return false }
        guard let handle else { return false }
        do {
            try handle.write(contentsOf: Data(buffer: samples))
        } catch {
            return false
        }
        return true
    }

    public func end() {}

    public func interrupt() {
        lock.withLock { interrupted = true }
    }
}

enum WAV {
    static func header(sampleRate: Int, dataBytes: Int) -> Data {
        var data = Data()
        func u32(_ v: Int) { withUnsafeBytes(of: UInt32(v).littleEndian) { data.append(contentsOf: $0) } }
        func u16(_ v: Int) { withUnsafeBytes(of: UInt16(v).littleEndian) { data.append(contentsOf: $0) } }
        data.append(contentsOf: Array("RIFF".utf8)); u32(36 + dataBytes)
        data.append(contentsOf: Array("WAVE".utf8))
        data.append(contentsOf: Array("fmt ".utf8)); u32(16); u16(1); u16(1); u32(sampleRate); u32(sampleRate * 2); u16(2); u16(16)
        data.append(contentsOf: Array("data".utf8)); u32(dataBytes)
        return data
    }
}
