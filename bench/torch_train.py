"""The PyTorch side of bench/compare-pytorch.sh: the canonical network (784-1000-10 tanh,
xavier-uniform, zero biases, softmax cross-entropy, SGD 0.01 momentum 0.9, batch 100,
float32), data already in memory, trained for WARMUP then STEPS steps; prints
RESULT samples_per_second peak_rss_mib. RULE is bp or fa (fa: the error reaches the
hidden layer through a fixed random B, by a custom autograd function)."""
import gzip, resource, sys, time
import numpy as np
import torch

rule, warmup, steps, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
torch.set_num_threads(threads)
torch.manual_seed(0)
root = "/usr/share/datasets/fashion-mnist/"

def images(name):
    raw = gzip.open(root + name).read()
    return torch.from_numpy(np.frombuffer(raw, np.uint8, offset=16).reshape(-1, 784).astype(np.float32) / 255)

def labels(name):
    raw = gzip.open(root + name).read()
    return torch.from_numpy(np.frombuffer(raw, np.uint8, offset=8).astype(np.int64))

x, y = images("train-images-idx3-ubyte.gz"), labels("train-labels-idx1-ubyte.gz")


class FeedbackAlignmentLinear(torch.autograd.Function):
    """y = x Wᵀ + b; backward sends the error to x through B instead of W."""

    @staticmethod
    def forward(ctx, inp, weight, bias, feedback):
        ctx.save_for_backward(inp, feedback)
        return torch.addmm(bias, inp, weight.t())

    @staticmethod
    def backward(ctx, grad):
        inp, feedback = ctx.saved_tensors
        return grad.mm(feedback), grad.t().mm(inp), grad.sum(0), None


class Layer(torch.nn.Module):
    def __init__(self, n_in, n_out, fa):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.empty(n_out, n_in))
        self.bias = torch.nn.Parameter(torch.zeros(n_out))
        torch.nn.init.xavier_uniform_(self.weight)
        self.fa = fa
        if fa:
            self.register_buffer("feedback", torch.empty(n_out, n_in))
            torch.nn.init.xavier_uniform_(self.feedback)

    def forward(self, inp):
        if self.fa:
            return FeedbackAlignmentLinear.apply(inp, self.weight, self.bias, self.feedback)
        return torch.addmm(self.bias, inp, self.weight.t())


model = torch.nn.Sequential(Layer(784, 1000, rule == "fa"), torch.nn.Tanh(), Layer(1000, 10, rule == "fa"))
opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
loss_fn = torch.nn.CrossEntropyLoss()
perm = torch.randperm(60000)


def step(i):
    idx = perm[i * 100:(i + 1) * 100]
    loss = loss_fn(model(x[idx]), y[idx])
    opt.zero_grad(set_to_none=True)
    loss.backward()
    opt.step()


for i in range(warmup):
    step(i)
t0 = time.perf_counter()
for i in range(warmup, warmup + steps):
    step(i)
secs = time.perf_counter() - t0
print(f"RESULT {steps * 100 / secs:.1f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}")
