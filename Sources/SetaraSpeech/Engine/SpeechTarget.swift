import Foundation

/// Where a session's speech goes, as `--speech` names it:
/// `device` (the sound card), `wav:DIR` (one WAV file per utterance), `raw:PATH` (raw samples
/// into a file or named pipe), `log:FILE` (the speech log, no sound) or `none` (screen only).
public enum SpeechTarget: Sendable, Equatable {
    case device
    case wav(String)
    case raw(String)
    case log(String)
    case none

    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        let value = parts.count == 2 ? parts[1] : ""
        switch (parts.first?.lowercased() ?? "", value.isEmpty) {
        case ("device", true): self = .device
        case ("none", true): self = .none
        case ("wav", false): self = .wav(value)
        case ("raw", false): self = .raw(value)
        case ("log", false): self = .log(value)
        default: return nil
        }
    }

    /// The engine for this target. A missing sound device is an error that says so, rather
    /// than the silence eSpeak's own playback gives.
    public func makeEngine() throws(SpeechError) -> any SpeechEngine {
        switch self {
        case .device: return try EspeakEngine(output: DeviceOutput.detect())
        case .wav(let folder): return try EspeakEngine(output: WAVFolderOutput(folder: URL(fileURLWithPath: folder)))
        case .raw(let path): return try EspeakEngine(output: RawStreamOutput(path: path))
        case .log(let path): return try RecordingEngine(path: path)
        case .none: return SilentEngine()
        }
    }
}
