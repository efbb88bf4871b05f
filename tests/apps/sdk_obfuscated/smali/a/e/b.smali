.class public interface abstract La/e/b;
.super Ljava/lang/Object;
.method public abstract a(La/e/d;)V
.end method
