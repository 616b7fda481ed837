import Foundation

/// The calling thread's CPU time, for benchmarks that add up work done on several threads.
public enum ThreadCPUClock {
    /// Seconds of CPU time the calling thread has used so far.
    public static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
