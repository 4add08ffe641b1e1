-- Rotates realistic food queries (typos, synonyms, multi-word) for wrk.
local queries = {"granola", "greek%20yogurt", "chiken", "tortila%20chips", "peanut%20butter", "vanilla%20ice%20cream",
  "whole%20grain%20bread", "cheddar%20crackers", "organic%20milk", "spicy%20salsa", "blueberry%20muffin",
  "smoked%20salmon", "garlic%20sauce", "chocolate%20cookies", "strawberry%20jam", "sea%20salt%20chips", "banana",
  "brocoli", "2%25%20milk", "oj", "mac%20and%20cheese", "chicken%20breast", "bagle", "lemonade", "pizza%20cheese"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/foods?limit=10&q=" .. queries[(i % #queries) + 1])
end
