#include "batch/render_pool.h"

namespace kokuho::batch {

int default_jobs() {
    unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : int(cores);
}

render_pool::render_pool(int jobs) : jobs_(jobs < 1 ? 1 : jobs) {
    if (jobs_ == 1) return;
    for (int i = 0; i < jobs_; ++i) workers_.emplace_back([this] { work_loop(); });
}

render_pool::~render_pool() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        queue_.clear();  // after an error, the jobs not started are dropped
    }
    ready_.notify_all();
    for (auto& w : workers_) w.join();
}

void render_pool::start(std::packaged_task<void()> task) {
    {
        std::lock_guard lock(mutex_);
        queue_.push_back(std::move(task));
    }
    ready_.notify_one();
}

void render_pool::work_loop() {
    for (;;) {
        std::packaged_task<void()> task;
        {
            std::unique_lock lock(mutex_);
            ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
            if (queue_.empty()) return;
            task = std::move(queue_.front());
            queue_.pop_front();
        }
        task();  // an exception is kept in the task's future
    }
}

void render_pool::collect_one() {
    auto [finished, done] = std::move(pending_.front());
    pending_.pop_front();
    finished.get();
    done();
}

void render_pool::finish() {
    while (!pending_.empty()) collect_one();
}

}  // namespace kokuho::batch
