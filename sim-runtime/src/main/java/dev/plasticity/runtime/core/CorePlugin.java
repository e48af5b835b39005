package dev.plasticity.runtime.core;

import dev.plasticity.api.learn.Adam;
import dev.plasticity.api.learn.Initializers;
import dev.plasticity.api.learn.MeanSquaredError;
import dev.plasticity.api.learn.Minibatch;
import dev.plasticity.api.learn.StandardMetrics;
import dev.plasticity.api.learn.Sgd;
import dev.plasticity.api.learn.SoftmaxCrossEntropy;
import dev.plasticity.api.net.Activations;
import dev.plasticity.api.net.AvgPool;
import dev.plasticity.api.net.Conv2d;
import dev.plasticity.api.net.Dense;
import dev.plasticity.api.net.MaxPool;
import dev.plasticity.api.spi.ComponentRegistry;
import dev.plasticity.api.spi.Kinds;
import dev.plasticity.api.spi.Plugin;
import dev.plasticity.runtime.data.CsvVectors;
import dev.plasticity.runtime.data.FashionMnist;
import dev.plasticity.runtime.data.Sift10k;

/**
 * The building blocks every family shares: data sets, activations, initialisers, losses,
 * optimizers, the minibatch schedule and the basic metrics. Their code lives in the API
 * (so plugins reuse it) or here (data readers); this plugin only names them.
 */
public final class CorePlugin implements Plugin {
  @Override
  public String name() {
    return "core";
  }

  @Override
  public String description() {
    return "data sets, activations, initialisers, losses, optimizers, schedules and basic metrics";
  }

  @Override
  public void register(ComponentRegistry r) {
    r.add(Kinds.DATA, "fashion-mnist", "Fashion-MNIST, 60k/10k images of 28x28, 10 classes", FashionMnist.class);
    r.add(Kinds.DATA, "csv-vectors", "unlabelled vectors from a text file (one per line) or .fvecs/.bvecs/.ivecs",
        CsvVectors.class);
    r.add(Kinds.DATA, "sift10k", "SIFT-10k, 10k SIFT descriptors of 128 components (TEXMEX siftsmall), unlabelled",
        Sift10k.class);

    r.add(Kinds.ACTIVATION, "identity", "f(a) = a", Activations.Identity.class);
    r.add(Kinds.ACTIVATION, "tanh", "f(a) = tanh(a)", Activations.Tanh.class);
    r.add(Kinds.ACTIVATION, "relu", "f(a) = max(0, a)", Activations.Relu.class);
    r.add(Kinds.ACTIVATION, "sigmoid", "f(a) = 1 / (1 + exp(-a))", Activations.Sigmoid.class);

    r.add(Kinds.INIT, "xavier-uniform", "Glorot uniform: U(-a, a), a = gain*sqrt(6/(fan_in+fan_out))",
        Initializers.XavierUniform.class);
    r.add(Kinds.INIT, "uniform", "U(-bound, bound)", Initializers.Uniform.class);
    r.add(Kinds.INIT, "normal", "N(0, std^2)", Initializers.Normal.class);
    r.add(Kinds.INIT, "zeros", "all zeros", Initializers.Zeros.class);

    r.add(Kinds.OPERATOR, "dense", "every source unit to every target unit: a = h W^T + b", Dense.class);
    r.add(Kinds.OPERATOR, "conv2d", "2-D convolution (im2col and a BLAS gemm); W is out x (in*k*k)",
        Conv2d.class);
    r.add(Kinds.OPERATOR, "max-pool", "per-channel maximum over k x k windows (no weights)", MaxPool.class);
    r.add(Kinds.OPERATOR, "avg-pool", "per-channel mean over k x k windows (no weights)", AvgPool.class);

    r.add(Kinds.LOSS, "softmax-cross-entropy", "softmax then cross-entropy, mean over the batch",
        SoftmaxCrossEntropy.class);
    r.add(Kinds.LOSS, "mse", "half squared error against one-hot labels, mean over the batch",
        MeanSquaredError.class);

    r.add(Kinds.OPTIMIZER, "sgd", "SGD with momentum and weight decay (PyTorch's definition)", Sgd.class);
    r.add(Kinds.OPTIMIZER, "adam", "Adam with bias correction", Adam.class);

    r.add(Kinds.SCHEDULE, "minibatch", "one training batch per tick, evaluation every epoch", Minibatch.class);

    r.add(Kinds.METRIC, "test-accuracy", "accuracy (and mean loss) on the test set each epoch",
        StandardMetrics.TestAccuracy.class);
    r.add(Kinds.METRIC, "train-loss", "mean training loss over the epoch", StandardMetrics.TrainLoss.class);
    r.add(Kinds.METRIC, "train-accuracy", "training accuracy over the epoch, before each update",
        StandardMetrics.TrainAccuracy.class);
  }
}
