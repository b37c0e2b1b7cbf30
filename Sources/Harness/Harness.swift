import Tensors
import NeuralNets
