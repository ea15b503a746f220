import Foundation

/// Where synthesised samples go: 16-bit mono PCM at the engine's sample rate.
///
/// The engine's owner thread calls `begin`, `write` and `end` for one utterance at a time.
/// `interrupt`, `pause` and `resume` may come from any thread and never wait: a key press
/// must silence the voice at once (V3).
public protocol AudioOutput: AnyObject, Sendable {
    func begin(sampleRate: Int) throws(SpeechError)
    /// Returns false when the output was interrupted and the rest of the utterance is not wanted.
    func write(_ samples: UnsafeBufferPointer<Int16>) -> Bool
    /// Called once per `begin`, after the last `write`: plays out what is buffered (unless
    /// interrupted) and closes the utterance.
    func end()
    func interrupt()
    func pause()
    func resume()
}

extension AudioOutput {
    public func pause() {}
    public func resume() {}
}
