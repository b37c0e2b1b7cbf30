// Wall time per layer: where a training or inference step spends its time.
//
// Containers (Sequential, Graph) time each child they call while a profiler is installed. A
// layer's entry holds its self time: its call minus the time of the children it calls (the
// spatial transformer's own entry is its resampler; its localisation network's layers have
// their own entries, "stn.fc1" …). Entries sum to the time spent inside the model.

import Dispatch

public final class LayerProfiler {
    /// `update`: work outside the layers that a caller measures itself (the loss, the optimizer step).
    public enum Phase: String, Sendable { case forward, backward, update }

    public struct Entry: Sendable {
        public let path: String
        public var forwardSeconds = 0.0, backwardSeconds = 0.0, updateSeconds = 0.0
    }

    /// The profiler the containers report to; nil (the default) costs one load per layer call.
    /// Install it on the thread that drives the model, and only while no other model runs.
    nonisolated(unsafe) public static var current: LayerProfiler?

    private var index: [String: Int] = [:]
    public private(set) var entries: [Entry] = []
    private var stack: [(path: String, start: UInt64, children: UInt64)] = []

    public init() {}

    /// Runs `body` (a child's forward or backward) under `name`, nested in the calling container's path.
    @inline(__always)
    public static func measure<R>(_ name: String, _ phase: Phase, _ body: () -> R) -> R {
        guard let p = current else { return body() }
        return p.measure(name, phase, body)
    }

    func measure<R>(_ name: String, _ phase: Phase, _ body: () -> R) -> R {
        let path = stack.last.map { "\($0.path).\(name)" } ?? name
        stack.append((path, DispatchTime.now().uptimeNanoseconds, 0))
        let result = body()
        let frame = stack.removeLast()
        let elapsed = DispatchTime.now().uptimeNanoseconds - frame.start
        let selfSeconds = Double(elapsed - min(elapsed, frame.children)) / 1e9
        if !stack.isEmpty { stack[stack.count - 1].children += elapsed }
        let i: Int
        if let found = index[path] {
            i = found
        } else {
            i = entries.count
            index[path] = i
            entries.append(Entry(path: path))
        }
        switch phase {
        case .forward: entries[i].forwardSeconds += selfSeconds
        case .backward: entries[i].backwardSeconds += selfSeconds
        case .update: entries[i].updateSeconds += selfSeconds
        }
        return result
    }
}
