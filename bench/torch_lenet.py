"""PyTorch reference for scenarios/alignment/lenet-fashion-mnist.json: biotorch's LeNet for
MNIST trained on Fashion-MNIST under one credit rule, with the scenario's recipe.

  python3 bench/torch_lenet.py RULE SEED [--epochs 20] [--train-limit N] [--threads 1]

RULE is bp, fa, usf, frsf, brsf, dfa, kp, sa or aa. The recipe: x/255 zero-padded to 32x32,
then (x - 0.2859) / 0.3530; conv 1->6 5x5, relu, max-pool 2, conv 6->16 5x5, relu,
max-pool 2, conv 16->120 5x5, relu, dense 120->84, relu, dense 84->10; softmax
cross-entropy (mean over the batch); SGD lr 0.01 (dfa: 0.001), momentum 0.9, weight decay
1e-3 on weights and biases (and on a learned B, which the same optimizer steps); batch 64,
shuffled every epoch; 20 epochs with the learning rate x 0.1 at epochs 10 and 15;
xavier-uniform W and B, zero biases.

The rules, as plugin-alignment states them (REFERENCES.md §1, convolutional forms):
  fa    the input's error goes back through a fixed B of W's shape (transposed conv with B)
  usf   B = sign(W) * sqrt(2 / (fan_in + fan_out)), fan = channels * k * k, every step
  frsf  B = |M0| o sign(W), M0 ~ N(0, 2 / (fan_in + fan_out)) fixed
  brsf  B = |M| o sign(W), M redrawn from that law every step
  kp    error through B; grad B = grad W + 1e-4 B, grad W += 1e-4 W (Kolen-Pollack)
  sa    error through B; grad B = 2 a B - b W, a 0.5, b 1 (symmetric alignment)
  aa    error through B; R = a (mean|P_f|^2 + mean|P_b|^2) - b mean sum P_f o P_b with
        P_f = conv(x, W), P_b = conv(x, B), x and W held, means over the batch and the output
        positions; a 0.1, b 0.2 (activation alignment)
  dfa   every trainable layer below the output gets delta_l = (e B_l) o f'(a_l), e the
        output error, B_l a fixed xavier-uniform classes x units matrix (Noekland 2016)

Prints one line per epoch ("epoch E train-loss L test-accuracy A") and at the end a JSON
line: {"rule": ..., "seed": ..., "test-accuracy": [...per epoch...], "train-loss": [...]}.
"""
import argparse, gzip, json, math, sys
import numpy as np
import torch
import torch.nn.functional as F

RULES = ("bp", "fa", "usf", "frsf", "brsf", "dfa", "kp", "sa", "aa")
root = "/usr/share/datasets/fashion-mnist/"


def images(name, limit):
    raw = gzip.open(root + name).read()
    x = np.frombuffer(raw, np.uint8, offset=16).reshape(-1, 1, 28, 28)[:limit].astype(np.float32) / 255
    x = np.pad(x, ((0, 0), (0, 0), (2, 2), (2, 2)))
    return torch.from_numpy((x - 0.2859) / 0.3530)


def labels(name, limit):
    raw = gzip.open(root + name).read()
    return torch.from_numpy(np.frombuffer(raw, np.uint8, offset=8)[:limit].astype(np.int64))


def fans(w):
    receptive = w[0][0].numel() if w.dim() > 2 else 1
    return w.shape[1] * receptive, w.shape[0] * receptive


class Through(torch.autograd.Function):
    """The layer's forward with W; its input's error through `feedback` instead of W."""

    @staticmethod
    def forward(ctx, x, w, b, feedback, conv):
        ctx.save_for_backward(x, w, feedback)
        ctx.conv = conv
        return F.conv2d(x, w, b) if conv else F.linear(x, w, b)

    @staticmethod
    def backward(ctx, g):
        x, w, feedback = ctx.saved_tensors
        if ctx.conv:
            gx = torch.nn.grad.conv2d_input(x.shape, feedback, g)
            gw = torch.nn.grad.conv2d_weight(x, w.shape, g)
            gb = g.sum((0, 2, 3))
        else:
            gx, gw, gb = g.mm(feedback), g.t().mm(x), g.sum(0)
        return gx, gw, gb, None, None


class Layer(torch.nn.Module):
    def __init__(self, n_in, n_out, k, rule):
        super().__init__()
        self.conv = k > 0
        shape = (n_out, n_in, k, k) if self.conv else (n_out, n_in)
        self.weight = torch.nn.Parameter(torch.empty(shape))
        self.bias = torch.nn.Parameter(torch.zeros(n_out))
        torch.nn.init.xavier_uniform_(self.weight)
        self.rule = rule
        fi, fo = fans(self.weight)
        self.sign_scale = math.sqrt(2 / (fi + fo))
        if rule in ("fa", "kp", "sa", "aa"):
            self.feedback = torch.nn.Parameter(torch.empty(shape), requires_grad=rule != "fa")
            torch.nn.init.xavier_uniform_(self.feedback)
        elif rule == "frsf":
            self.register_buffer("m0", torch.randn(shape) * self.sign_scale)

    def b_matrix(self):
        w = self.weight.detach()
        if self.rule == "usf":
            return torch.sign(w) * self.sign_scale
        if self.rule == "frsf":
            return self.m0.abs() * torch.sign(w)
        if self.rule == "brsf":
            return (torch.randn(w.shape) * self.sign_scale).abs() * torch.sign(w)
        return self.feedback.detach()

    def forward(self, x):
        if self.rule in ("bp", "dfa"):
            return F.conv2d(x, self.weight, self.bias) if self.conv else F.linear(x, self.weight, self.bias)
        self.last_input = x.detach()
        return Through.apply(x, self.weight, self.bias, self.b_matrix(), self.conv)

    def learn_feedback(self):
        """Sets the gradient of a learned B (kp, sa, aa) after the backward pass."""
        w, b = self.weight, self.feedback
        if self.rule == "kp":
            b.grad = w.grad + 1e-4 * b.detach()
            w.grad += 1e-4 * w.detach()
        elif self.rule == "sa":
            b.grad = 2 * 0.5 * b.detach() - 1.0 * w.detach()
        elif self.rule == "aa":
            x = self.last_input
            with torch.enable_grad():
                bb = b.detach().requires_grad_()
                pf = F.conv2d(x, w.detach()) if self.conv else F.linear(x, w.detach())
                pb = F.conv2d(x, bb) if self.conv else F.linear(x, bb)
                # A convolution is a dense layer on every patch: the means are over the
                # batch and the output positions, so the dense network's alpha and beta
                # carry over (summed over 28 x 28 positions they diverge at lr 0.01).
                n = x.shape[0] * (pf.shape[2] * pf.shape[3] if self.conv else 1)
                r = 0.1 * ((pf * pf).sum() + (pb * pb).sum()) / n - 0.2 * (pf * pb).sum() / n
                b.grad, = torch.autograd.grad(r, bb)


class LeNet(torch.nn.Module):
    def __init__(self, rule):
        super().__init__()
        self.rule = rule
        self.layers = torch.nn.ModuleList([
            Layer(1, 6, 5, rule), Layer(6, 16, 5, rule), Layer(16, 120, 5, rule),
            Layer(120, 84, 0, rule), Layer(84, 10, 0, rule)])
        if rule == "dfa":
            units = (6 * 28 * 28, 16 * 10 * 10, 120, 84)
            self.direct = [torch.empty(10, u) for u in units]
            for d in self.direct:
                torch.nn.init.xavier_uniform_(d)

    def forward(self, x):
        """Logits, and the pre-activations of the layers below the output (for dfa)."""
        pre = []
        h = x
        for i, layer in enumerate(self.layers[:-1]):
            a = layer(h.detach() if self.rule == "dfa" else h)
            pre.append(a)
            h = F.relu(a)
            if i < 2:
                h = F.max_pool2d(h, 2)
            if i == 2:
                h = h.flatten(1)
        out = self.layers[-1](h.detach() if self.rule == "dfa" else h)
        return out, pre


def train_step(model, opt, x, y):
    out, pre = model(x)
    if model.rule == "dfa":
        out.retain_grad()
    loss = F.cross_entropy(out, y)
    opt.zero_grad(set_to_none=False)
    loss.backward()
    if model.rule == "dfa":
        e = out.grad.detach()
        for a, d in zip(pre, model.direct):
            delta = (e @ d).view_as(a) * (a.detach() > 0)
            a.backward(delta)
    elif model.rule in ("kp", "sa", "aa"):
        for layer in model.layers:
            layer.learn_feedback()
    opt.step()
    return loss.item()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("rule", choices=RULES)
    p.add_argument("seed", type=int)
    p.add_argument("--epochs", type=int, default=20)
    p.add_argument("--train-limit", type=int, default=60000)
    p.add_argument("--test-limit", type=int, default=10000)
    p.add_argument("--threads", type=int, default=1)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    x, y = images("train-images-idx3-ubyte.gz", a.train_limit), labels("train-labels-idx1-ubyte.gz", a.train_limit)
    tx, ty = images("t10k-images-idx3-ubyte.gz", a.test_limit), labels("t10k-labels-idx1-ubyte.gz", a.test_limit)
    model = LeNet(a.rule)
    lr = 0.001 if a.rule == "dfa" else 0.01
    params = [q for q in model.parameters() if q.requires_grad]
    opt = torch.optim.SGD(params, lr=lr, momentum=0.9, weight_decay=1e-3)
    sched = torch.optim.lr_scheduler.MultiStepLR(opt, milestones=[10, 15], gamma=0.1)
    accs, losses = [], []
    for epoch in range(1, a.epochs + 1):
        perm = torch.randperm(len(x))
        total, count = 0.0, 0
        for i in range(0, len(x), 64):
            idx = perm[i:i + 64]
            total += train_step(model, opt, x[idx], y[idx]) * len(idx)
            count += len(idx)
        sched.step()
        with torch.no_grad():
            correct = sum((model(tx[i:i + 1000])[0].argmax(1) == ty[i:i + 1000]).sum().item()
                          for i in range(0, len(tx), 1000))
        accs.append(100.0 * correct / len(tx))
        losses.append(total / count)
        print(f"epoch {epoch} train-loss {losses[-1]:.4f} test-accuracy {accs[-1]:.2f}", flush=True)
    print(json.dumps({"rule": a.rule, "seed": a.seed, "test-accuracy": accs, "train-loss": losses}))


if __name__ == "__main__":
    sys.exit(main())
