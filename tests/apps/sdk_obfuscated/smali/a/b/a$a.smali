.class public interface abstract La/b/a$a;
.super Ljava/lang/Object;
.method public abstract a()V
.end method
.method public abstract a(Z)V
.end method
