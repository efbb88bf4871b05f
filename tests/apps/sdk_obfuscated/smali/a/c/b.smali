.class public interface abstract La/c/b;
.super Ljava/lang/Object;
.method public abstract a(Ljava/lang/Object;)V
.end method
