-- Food searches that rarely repeat, for wrk: a food word and a second word drawn at random from two
-- lists (4,800 pairs), so most requests miss the search's memory of recent answers and pay for the
-- whole search (index, summaries from the database, distinct titles). Compare with bench/search.lua,
-- whose 25 everyday queries repeat as they do when many people look up the same foods.
local foods = {"apple", "banana", "oats", "rice", "bread", "milk", "cheese", "yogurt", "egg", "chicken",
  "beef", "pork", "turkey", "salmon", "tuna", "shrimp", "bean", "lentil", "pea", "corn", "potato", "carrot",
  "broccoli", "spinach", "lettuce", "tomato", "onion", "garlic", "pepper", "mushroom", "orange", "grape",
  "strawberry", "blueberry", "peach", "pear", "plum", "cherry", "mango", "pineapple", "melon", "lemon",
  "almond", "peanut", "walnut", "cashew", "butter", "oil", "sugar", "honey", "jam", "cereal", "pasta",
  "noodle", "soup", "sauce", "cookie", "cake", "pie", "muffin", "pancake", "waffle", "bagel", "tortilla",
  "cracker", "chip", "popcorn", "pretzel", "chocolate", "candy", "juice", "soda", "coffee", "tea", "beer",
  "wine", "sausage", "bacon", "ham", "tofu"}
local words = {"raw", "cooked", "boiled", "baked", "fried", "grilled", "roasted", "steamed", "canned", "frozen",
  "dried", "fresh", "whole", "sliced", "chopped", "mashed", "lowfat", "nonfat", "skim", "sweetened",
  "unsweetened", "salted", "unsalted", "plain", "white", "brown", "red", "green", "sweet", "sour",
  "spicy", "smoked", "creamy", "crunchy", "light", "diet", "organic", "instant", "enriched", "fortified",
  "homemade", "restaurant", "breakfast", "lunch", "dinner", "snack", "small", "medium", "large", "slice",
  "cup", "tbsp", "oz", "piece", "bar", "stick", "ring", "ball", "roll", "wrap"}
math.randomseed(os.time())
request = function()
  local q = foods[math.random(#foods)] .. "%20" .. words[math.random(#words)]
  return wrk.format("GET", "/api/v1/foods?limit=10&q=" .. q)
end
