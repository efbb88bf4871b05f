.class public interface abstract La/d/c;
.super Ljava/lang/Object;
.method public abstract a(I)V
.end method
