.class public interface abstract Lkotlinx/coroutines/CoroutineScope;
.super Ljava/lang/Object;
.source "CoroutineScope.kt"


# virtual methods
.method public abstract getCoroutineContext()Lkotlin/coroutines/CoroutineContext;
.end method
