#pragma once
// Rendering on worker threads (--jobs): each job composes and writes one PDF file. Jobs are
// planned in order on the calling thread, and what each job reports is taken back on that
// thread in the same order, so the files, the manifest and the exceptions are the same
// whatever the number of workers. At most a few jobs are in flight at a time, so memory
// stays flat however long the batch.
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace kokuho::batch {

// The default number of workers: the machine's cores.
int default_jobs();

class render_pool {
public:
    // jobs 1 renders on the calling thread, with no worker.
    explicit render_pool(int jobs);
    ~render_pool();
    render_pool(const render_pool&) = delete;
    render_pool& operator=(const render_pool&) = delete;

    // Runs `work` on a worker, then `done` with its result on the calling thread, after the
    // `done` of every job submitted before it. An error thrown by `work` is thrown again here
    // or by finish(), on the calling thread.
    template <class Result>
    void submit(std::function<Result()> work, std::function<void(Result&)> done);

    // Waits for every job and runs the `done`s still due.
    void finish();

private:
    void start(std::packaged_task<void()> task);
    void collect_one();
    void work_loop();

    int jobs_;
    std::vector<std::thread> workers_;
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::packaged_task<void()>> queue_;
    bool stopping_ = false;
    // Submitted jobs, oldest first: each waits for its work and then runs its done.
    std::deque<std::pair<std::future<void>, std::function<void()>>> pending_;
};

template <class Result>
void render_pool::submit(std::function<Result()> work, std::function<void(Result&)> done) {
    auto result = std::make_shared<Result>();
    std::packaged_task<void()> task([result, work = std::move(work)] { *result = work(); });
    auto finished = task.get_future();
    if (workers_.empty()) {
        task();
        finished.get();
        done(*result);
        return;
    }
    start(std::move(task));
    pending_.emplace_back(std::move(finished), [result, done = std::move(done)] { done(*result); });
    while (pending_.size() > std::size_t(jobs_)) collect_one();
}

}  // namespace kokuho::batch
