.class public interface abstract Lkotlinx/coroutines/Job;
.super Ljava/lang/Object;
.source "Job.kt"


# virtual methods
.method public abstract cancel()V
.end method
