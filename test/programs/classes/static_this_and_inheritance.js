// `this` in static methods refers to the class the method was called on.
class Model {
  static table() { return this.name.toLowerCase() + "s"; }
  static create(props) { const o = new this(); Object.assign(o, props); return o; }
}
class User extends Model {}
class Post extends Model {
  static table() { return "blog_" + super.table(); }
}
console.log(Model.table(), User.table(), Post.table()); // expect: models users blog_posts
const u = User.create({ id: 1 });
console.log(u, u instanceof User, u instanceof Model); // expect: User { id: 1 } true true
console.log(Post.create({ title: "t" })); // expect: Post { title: 't' }
